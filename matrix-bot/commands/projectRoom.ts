import {
  type Account,
  COUNT_CAP,
  type CoreDeps,
  capCount,
  countryName,
  countText,
  PAGE_SIZE,
  type Id,
  inviteTeacher,
  type Project,
  type Teacher,
  type Tx,
} from "../../core/index.ts";
import { html } from "../../lti-tool/web/html.ts";
import { accountOf, type Command, type CommandInput, CommandRefusal, roomOf } from "./command.ts";
import { listReply, reply } from "./reply.ts";

/** Commands in a project's TwinSpace rooms: they act on that project, for its teachers only. */

async function asMemberTeacher<T>(
  input: CommandInput,
  work: (tx: Tx, project: Project, account: Account) => Promise<T>,
): Promise<T> {
  const { projectId } = roomOf(input, "project");
  const account = accountOf(input);
  return input.deps.store.transaction(async (tx) => {
    const project = await tx.projects.get(projectId);
    if (!project) throw new CommandRefusal("bot.refusal.not_member");
    if (!(await tx.members.role(projectId, account.id))) throw new CommandRefusal("bot.refusal.not_member");
    return work(tx, project, account);
  });
}

/** A Matrix ID, an email or words from a name/school: exactly one registered teacher. */
async function findInvitee(deps: CoreDeps, term: string): Promise<Teacher> {
  return deps.store.transaction(async (tx) => {
    if (term.startsWith("@")) {
      const account = await tx.accounts.findByMatrixUserId(term);
      const teacher = account && (await tx.teachers.get(account.id));
      if (!teacher) throw new CommandRefusal("bot.refusal.no_teacher_found", { term });
      return teacher;
    }
    const found = await tx.teachers.findByTerm(term, 5);
    if (found.length === 1) return found[0]!;
    if (found.length === 0) throw new CommandRefusal("bot.refusal.no_teacher_found", { term });
    throw new CommandRefusal("bot.refusal.several_teachers_found", { term, count: found.length });
  });
}

export const invite: Command = {
  name: "invite",
  rooms: ["project"],
  needsLinkedAccount: true,
  minArgs: 1,
  async execute(input) {
    const { projectId } = roomOf(input, "project");
    const teacher = await findInvitee(input.deps, input.rest);
    await inviteTeacher(input.deps, { accountId: accountOf(input).id }, projectId, teacher.id);
    return reply(html`${input.t.t("bot.invite.sent", { name: teacher.name })}`);
  },
};

export const members: Command = {
  name: "members",
  rooms: ["project"],
  needsLinkedAccount: true,
  minArgs: 0,
  async execute(input) {
    const { t } = input;
    return asMemberTeacher(input, async (tx, project) => {
      // A page of teachers and capped counts: a chat reply is never the whole of a big project.
      const teachers = await tx.members.teachersPage(project.id, undefined, PAGE_SIZE + 1);
      const shown = teachers.slice(0, PAGE_SIZE);
      const people = await tx.teachers.getMany(shown.map((m) => m.teacherId));
      const byId = new Map<Id, Teacher>(people.map((p) => [p.id, p]));
      const pupils = capCount(await tx.members.countPupils(project.id, COUNT_CAP));
      const items = shown.map((m) => {
        const person = byId.get(m.teacherId);
        const country = countryName(person?.country ?? "", t.locale);
        return html`${person?.name ?? "?"} — ${t.t(`role.${m.role}`)}, ${country}`;
      });
      if (teachers.length > PAGE_SIZE) {
        const all = capCount(await tx.members.countTeachers(project.id, COUNT_CAP));
        items.push(html`${t.t("bot.members.more", { number: countText(t, all) })}`);
      }
      // Pupils are counted, never named: project rooms may include pupils of other schools.
      items.push(
        pupils.capped
          ? html`${t.t("bot.members.pupils_more", { number: countText(t, pupils) })}`
          : html`${t.t("bot.members.pupils", { count: pupils.count })}`,
      );
      return listReply(html`<strong>${t.t("bot.members.heading", { title: project.title })}</strong>`, items);
    });
  },
};

const reasonOf = (reason: string | undefined) => (reason ? ` — ${reason}` : "");

export const status: Command = {
  name: "status",
  rooms: ["project"],
  needsLinkedAccount: true,
  minArgs: 0,
  async execute(input) {
    const { t } = input;
    const kindOf = (project: Project) => (project.kind ? `, ${t.t(`kind.${project.kind}`)}` : "");
    return asMemberTeacher(input, async (tx, project) => {
      const approvals = await tx.approvals.forRound(project.id, project.approvalRound);
      const lines = approvals.map(
        (a) =>
          html`${countryName(a.country, t.locale)}: ${t.t(`bot.approval.${a.status}`)}${reasonOf(a.reason)}`,
      );
      return listReply(
        html`<strong>${project.title}</strong>: ${t.t(`status.${project.status}`)}${kindOf(project)}`,
        lines,
      );
    });
  },
};

export const milestones: Command = {
  name: "milestones",
  rooms: ["project"],
  needsLinkedAccount: true,
  minArgs: 0,
  async execute(input) {
    const { t } = input;
    return asMemberTeacher(input, async (_tx, project) => {
      const today = input.deps.clock.now().slice(0, 10);
      const items = [...project.milestones]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((m) =>
          m.dueDate < today
            ? html`<del>${t.date(m.dueDate)}: ${m.title}</del>`
            : html`${t.date(m.dueDate)}: ${m.title}`,
        );
      if (items.length === 0) return reply(html`${t.t("bot.milestones.none")}`);
      return listReply(
        html`<strong>${t.t("bot.milestones.heading", { title: project.title })}</strong>`,
        items,
      );
    });
  },
};

export const projectRoomCommands = [invite, members, status, milestones];
