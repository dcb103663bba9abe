import {
  type Approval,
  COUNT_CAP,
  capCount,
  countryName,
  countText,
  decideApproval,
  type Project,
  requireModerator,
  type Tx,
} from "../../core/index.ts";
import { html } from "../../lti-tool/web/html.ts";
import { accountOf, type Command, type CommandInput, roomOf } from "./command.ts";
import { resolveRef, shortRef } from "./references.ts";
import { listReply, reply } from "./reply.ts";

/**
 * Commands in a national unit's room, for that country's moderators. Core decides who is a
 * moderator (requireModerator / decideApproval); being in the room is not enough.
 */

/** The oldest requests `pending` lists; the whole queue is paged on the web. */
const LISTED = 20;

async function projectsOf(tx: Tx, approvals: readonly Approval[]): Promise<Project[]> {
  const projects = new Map(
    (await tx.projects.getMany(approvals.map((a) => a.projectId))).map((p) => [p.id, p]),
  );
  return approvals.flatMap((a) => projects.get(a.projectId) ?? []);
}

/** The oldest requests awaiting the room's country and how many wait in all (a capped count). */
async function awaitingDecision(input: CommandInput) {
  const { country } = roomOf(input, "national_unit");
  const accountId = accountOf(input).id;
  return input.deps.store.transaction(async (tx) => {
    await requireModerator(tx, accountId, country);
    const projects = await projectsOf(tx, await tx.approvals.pendingForCountry(country, undefined, LISTED));
    return { country, projects, waiting: capCount(await tx.approvals.countPending(country, COUNT_CAP)) };
  });
}

/** The project awaiting the room's country whose id starts with the reference typed. */
async function awaitingByRef(input: CommandInput): Promise<{ country: string; project: Project }> {
  const { country } = roomOf(input, "national_unit");
  const accountId = accountOf(input).id;
  const typed = input.args[0]!;
  const candidates = await input.deps.store.transaction(async (tx) => {
    await requireModerator(tx, accountId, country);
    const prefix = typed.trim().toLowerCase();
    // Two are enough to tell an ambiguous reference from a unique one.
    return prefix.length >= 4
      ? projectsOf(tx, await tx.approvals.pendingByProjectPrefix(country, prefix, 2))
      : [];
  });
  return { country, project: resolveRef(typed, candidates, "project") };
}

export const pending: Command = {
  name: "pending",
  rooms: ["national_unit"],
  needsLinkedAccount: true,
  minArgs: 0,
  async execute(input) {
    const { t } = input;
    const { country, projects, waiting } = await awaitingDecision(input);
    if (projects.length === 0)
      return reply(html`${t.t("bot.pending.none", { country: countryName(country, t.locale) })}`);
    const more = waiting.count - projects.length;
    return listReply(
      html`<strong>${t.t("bot.pending.heading", { country: countryName(country, t.locale) })}</strong>`,
      [
        ...projects.map(
          (p) => html`<code>${shortRef(p.id)}</code> ${p.title} (${p.kind ? t.t(`kind.${p.kind}`) : ""})`,
        ),
        ...(more > 0 || waiting.capped
          ? [
              html`${t.t("bot.pending.more", { count: more, number: countText(t, { count: more, capped: waiting.capped }) })}`,
            ]
          : []),
      ],
    );
  },
};

export const show: Command = {
  name: "show",
  rooms: ["national_unit"],
  needsLinkedAccount: true,
  minArgs: 1,
  async execute(input) {
    const { t } = input;
    const { project } = await awaitingByRef(input);
    const founders = await input.deps.store.transaction((tx) =>
      tx.teachers.getMany([project.founderId, ...(project.cofounderId ? [project.cofounderId] : [])]),
    );
    return listReply(html`<strong>${project.title}</strong> (<code>${shortRef(project.id)}</code>)`, [
      html`${t.t("bot.show.kind")}: ${project.kind ? t.t(`kind.${project.kind}`) : ""}`,
      html`${t.t("bot.show.founders")}:
      ${t.list(founders.map((f) => `${f.name} (${countryName(f.country, t.locale)})`))}`,
      html`${t.t("bot.show.summary")}: ${project.summary}`,
      html`${t.t("bot.show.ages", { min: project.pupilAgeMin, max: project.pupilAgeMax })}`,
      html`${t.t("bot.show.safety")}: ${project.safetyRules}`,
    ]);
  },
};

async function decide(input: CommandInput, approve: boolean, reason?: string) {
  const { country, project } = await awaitingByRef(input);
  await decideApproval(input.deps, { accountId: accountOf(input).id }, project.id, country, {
    approve,
    reason,
  });
  return project;
}

export const approve: Command = {
  name: "approve",
  rooms: ["national_unit"],
  needsLinkedAccount: true,
  minArgs: 1,
  async execute(input) {
    const project = await decide(input, true);
    return reply(html`${input.t.t("bot.approve.done", { title: project.title })}`);
  },
};

export const reject: Command = {
  name: "reject",
  rooms: ["national_unit"],
  needsLinkedAccount: true,
  minArgs: 1,
  async execute(input) {
    const reason = input.rest
      .slice(input.rest.indexOf(input.args[0]!) + input.args[0]!.length)
      .trim()
      .replace(/^"|"$/g, "");
    const project = await decide(input, false, reason);
    return reply(html`${input.t.t("bot.reject.done", { title: project.title })}`);
  },
};

export const nationalUnitCommands = [pending, show, approve, reject];
