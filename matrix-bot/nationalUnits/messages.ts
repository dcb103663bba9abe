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
