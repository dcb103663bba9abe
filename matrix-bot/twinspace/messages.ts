import { countryName, type Translator } from "../../core/index.ts";
import { html } from "../../lti-tool/web/html.ts";
import { type Reply, reply } from "../commands/reply.ts";
import type { DesiredTwinSpace } from "./desired.ts";
import { roomName, type TwinSpaceRoom } from "./layout.ts";

/** The texts the bot posts in a TwinSpace, in the project's language; everything a person wrote is escaped. */

/** The pinned welcome: the project, its partner schools and the agreed safety and privacy rules (R14). */
export function welcomeMessage(room: TwinSpaceRoom, twinSpace: DesiredTwinSpace, t: Translator): Reply {
  const schools = twinSpace.partnerSchools.map((s) => `${s.name} (${countryName(s.country, t.locale)})`);
  const rules = twinSpace.safetyRules
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return reply(
    html`<strong>${t.t("twinspace.welcome.heading", { room: roomName(room, { t, twinSpace }), title: twinSpace.title })}</strong>`,
    html`${t.t(`twinspace.welcome.${room}`)}`,
    html`${t.t("twinspace.welcome.partners", { schools: t.list(schools) })}`,
    html`<strong>${t.t("twinspace.welcome.rules")}</strong>`,
    ...rules.map((line) => html`${line}`),
    html`<em>${t.t("twinspace.welcome.footer")}</em>`,
  );
}

export function closedMessage(twinSpace: DesiredTwinSpace, t: Translator): Reply {
  return reply(html`${t.t("twinspace.closed", { date: t.date(twinSpace.closedAt ?? "") })}`);
}

export function problemsMessage(founders: readonly string[], lines: readonly string[], t: Translator): Reply {
  return reply(
    html`${t.t("twinspace.problems.heading", { founders: founders.join(", ") })}`,
    ...lines.map((line) => html`• ${line}`),
  );
}
