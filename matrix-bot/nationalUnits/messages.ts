import { countryName, type Project, type Teacher, type Translator } from "../../core/index.ts";
import { html } from "../../lti-tool/web/html.ts";
import { listReply, type Reply, reply } from "../commands/reply.ts";

/** What national units and founders read about approvals; everything a person wrote is escaped. */

export function projectAwaitingMessage(
  project: Project,
  founders: readonly Teacher[],
  country: string,
  { t, prefix, code }: { t: Translator; prefix: string; code: string },
): Reply {
  return listReply(
    html`<strong>${t.t("nu.awaiting.heading", { country: countryName(country, t.locale), title: project.title })}</strong> (<code>${code}</code>)`,
    [
      html`${t.t("bot.show.kind")}: ${project.kind ? t.t(`kind.${project.kind}`) : ""}`,
      html`${t.t("bot.show.founders")}: ${t.list(founders.map((f) => f.name))}`,
      html`${t.t("bot.show.summary")}: ${project.summary}`,
      html`${t.t("nu.awaiting.commands")}: <code>${prefix} show ${code}</code>, <code>${prefix} approve ${code}</code>, <code>${prefix} reject ${code} …</code>`,
    ],
  );
}

export function decisionMessage(
  project: Project,
  decision: { country: string; approved: boolean; reason?: string | undefined },
  t: Translator,
): Reply {
  const country = countryName(decision.country, t.locale);
  if (decision.approved)
    return reply(html`${t.t("nu.decision.approved", { country, title: project.title })}`);
  return reply(
    html`${t.t("nu.decision.rejected", { country, title: project.title })}`,
    html`${t.t("nu.decision.reason")}: ${decision.reason ?? ""}`,
    html`${t.t("nu.decision.next")}`,
  );
}

/** A Quality Label decision: national (the applicant named) or European; a refusal carries its reason. */
export function labelDecisionMessage(
  project: Project,
  decision:
    | { level: "national"; country: string; teacher: string; awarded: boolean; reason?: string | undefined }
    | { level: "european"; awarded: boolean; reason?: string | undefined },
  t: Translator,
): Reply {
  const headline =
    decision.level === "national"
      ? t.t(`nu.label.national_${decision.awarded ? "awarded" : "refused"}`, {
          country: countryName(decision.country, t.locale),
          teacher: decision.teacher,
          title: project.title,
        })
      : t.t(`nu.label.european_${decision.awarded ? "awarded" : "declined"}`, { title: project.title });
  return decision.reason
    ? reply(html`${headline}`, html`${t.t("nu.decision.reason")}: ${decision.reason}`)
    : reply(html`${headline}`);
}

/** A national unit's decision about a school (its verification, its eTwinning School label), told to its teachers. */
export function schoolDecisionMessage(
  school: { name: string; country: string },
  decision: { about: "verification" | "label"; positive: boolean; reason?: string | undefined },
  t: Translator,
): Reply {
  const params = { country: countryName(school.country, t.locale), school: school.name };
  const key = `nu.school.${decision.about}_${decision.positive ? "yes" : "no"}`;
  if (decision.positive) return reply(html`${t.t(key, params)}`);
  return reply(
    html`${t.t(key, params)}`,
    html`${t.t("nu.decision.reason")}: ${decision.reason ?? ""}`,
    ...(decision.about === "verification" ? [html`${t.t("nu.school.rejected_next")}`] : []),
  );
}
