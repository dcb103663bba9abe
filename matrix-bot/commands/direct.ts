import {
  acceptInvitation,
  declineInvitation,
  type Id,
  type Invitation,
  linkMatrixAccount,
  PAGE_SIZE,
  type Tx,
} from "../../core/index.ts";
import { html } from "../../lti-tool/web/html.ts";
import { botMessages } from "../i18n/index.ts";
import { accountOf, type Command, type CommandInput } from "./command.ts";
import { resolveRef, shortRef } from "./references.ts";
import { listReply, reply } from "./reply.ts";

/** Commands in a direct message with the bot: linking, and what concerns the sender. */

export const link: Command = {
  name: "link",
  rooms: ["direct"],
  needsLinkedAccount: false,
  minArgs: 1,
  async execute(input) {
    const account = await linkMatrixAccount(input.deps, input.sender, input.args.join(""));
    // The sender had no linked account when the command came in: answer in the language of the one now linked.
    const t = botMessages.translator(account.locale);
    return reply(html`${t.t("bot.link.done", { name: account.name, matrixId: input.sender })}`);
  },
};

export const projects: Command = {
  name: "projects",
  rooms: ["direct"],
  needsLinkedAccount: true,
  minArgs: 0,
  async execute(input) {
    const { t } = input;
    // The most recently changed page of them: a chat reply is never a teacher's whole history.
    const list = await input.deps.store.transaction((tx) =>
      tx.projects.pageForTeacher(accountOf(input).id, undefined, PAGE_SIZE + 1),
    );
    if (list.length === 0) return reply(html`${t.t("bot.projects.none")}`);
    const items = list
      .slice(0, PAGE_SIZE)
      .map((p) => html`<code>${shortRef(p.id)}</code> ${p.title} — ${t.t(`status.${p.status}`)}`);
    if (list.length > PAGE_SIZE) items.push(html`${t.t("bot.projects.more")}`);
    return listReply(html`<strong>${t.t("bot.projects.heading")}</strong>`, items);
  },
};

/** The invitations' project titles and inviters' names, one read each however many invitations. */
async function described(tx: Tx, invitations: readonly Invitation[]) {
  const titles = new Map<Id, string>(
    (await tx.projects.getMany(invitations.map((i) => i.projectId))).map((p) => [p.id, p.title]),
  );
  const inviters = new Map(
    (await tx.teachers.getMany(invitations.map((i) => i.invitedBy))).map((p) => [p.id, p.name]),
  );
  return invitations.map((i) => ({
    ...i,
    title: titles.get(i.projectId) ?? "?",
    inviter: inviters.get(i.invitedBy) ?? "?",
  }));
}

/** The sender's oldest pending invitations, a page and one more (which tells that others wait). */
async function pendingInvitations(input: CommandInput) {
  return input.deps.store.transaction(async (tx) =>
    described(tx, await tx.invitations.pendingForTeacher(accountOf(input).id, PAGE_SIZE + 1)),
  );
}

/** The sender's pending invitations whose id starts with the reference typed: two tell an ambiguous one. */
async function invitationsByRef(input: CommandInput, typed: string) {
  const prefix = typed.trim().toLowerCase();
  if (prefix.length < 4) return [];
  return input.deps.store.transaction(async (tx) =>
    described(tx, await tx.invitations.pendingForTeacherByPrefix(accountOf(input).id, prefix, 2)),
  );
}

export const invitations: Command = {
  name: "invitations",
  rooms: ["direct"],
  needsLinkedAccount: true,
  minArgs: 0,
  async execute(input) {
    const { t } = input;
    const pending = await pendingInvitations(input);
    if (pending.length === 0) return reply(html`${t.t("bot.invitations.none")}`);
    const items = pending.slice(0, PAGE_SIZE).map((i) => {
      const item = t.t("bot.invitations.item", { title: i.title, inviter: i.inviter });
      return html`<code>${shortRef(i.id)}</code> ${item}`;
    });
    if (pending.length > PAGE_SIZE) items.push(html`${t.t("bot.invitations.more")}`);
    return listReply(html`<strong>${t.t("bot.invitations.heading")}</strong>`, items);
  },
};

/** `accept` and `decline`: the same lookup by short code, then core's answer to the invitation. */
function answerInvitation(
  name: "accept" | "decline",
  answer: typeof acceptInvitation | typeof declineInvitation,
): Command {
  return {
    name,
    rooms: ["direct"],
    needsLinkedAccount: true,
    minArgs: 1,
    async execute(input) {
      const typed = input.args[0]!;
      const invitation = resolveRef(typed, await invitationsByRef(input, typed), "invitation");
      await answer(input.deps, { accountId: accountOf(input).id }, invitation.id);
      return reply(html`${input.t.t(`bot.${name}.done`, { title: invitation.title })}`);
    },
  };
}

export const accept = answerInvitation("accept", acceptInvitation);
export const decline = answerInvitation("decline", declineInvitation);

export const directCommands = [link, projects, invitations, accept, decline];
