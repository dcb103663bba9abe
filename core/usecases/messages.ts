import { DomainError } from "../errors.ts";
import type { Id, Project, Teacher } from "../model.ts";
import { type KeysetCursor, keysetPage, PAGE_SIZE } from "../paging.ts";
import type { Tx } from "../ports.ts";
import { mayActForCountry } from "../rules/authority.ts";
import {
  directConversation,
  type InboxEntry,
  MESSAGE_LIMITS,
  type Message,
  type MessageReport,
  nextAllowedAt,
  projectConversation,
  type RateLimitedAction,
  RATE_LIMITS,
  type ReportCursor,
  UNREAD_CAP,
  windowStart,
} from "../rules/messaging.ts";
import { MULTI_LINE, requiredText } from "../rules/text.ts";
import { areContacts } from "./contacts.ts";
import { type Actor, type CoreDeps, emit, isFounder, requireProject, requireTeacher } from "./context.ts";

/** Messages shown of a conversation: the newest, as a simple inbox (older ones stay stored). */
/** A conversation shows this many messages a page, the inbox this many conversations. */
const SHOWN = PAGE_SIZE;
/** Messages shown around a reported one for the national unit. */
const REPORT_CONTEXT = 5;

/**
 * Counts an act against the sender's limit in the running transaction, or refuses it saying
 * when they may try again. A refused act writes nothing, so it does not count.
 */
export async function spendRateLimit(
  tx: Tx,
  deps: CoreDeps,
  accountId: Id,
  action: RateLimitedAction,
): Promise<void> {
  const now = deps.clock.now();
  const since = windowStart(action, now);
  const until = nextAllowedAt(action, await tx.rateLimits.hits(accountId, action, since));
  if (until) throw new DomainError(`rate_limited_${action}`, { max: RATE_LIMITS[action].max, until });
  await tx.rateLimits.record(accountId, action, now, since);
}

/** Refuses a contact request or a message the other person does not take from the actor. */
export async function requireNotBlocked(
  tx: Tx,
  actorId: Id,
  otherId: Id,
  refusal: "message_not_delivered" | "contact_request_not_possible",
): Promise<void> {
  if (await tx.blocks.has(actorId, otherId)) throw new DomainError("blocked_by_actor");
  // The same neutral refusal whatever the reason, so nobody learns that they are blocked.
  if (await tx.blocks.has(otherId, actorId)) throw new DomainError(refusal);
}

/** R2: a teacher writes to an accepted contact who has not blocked them. */
export async function sendMessage(
  deps: CoreDeps,
  actor: Actor,
  recipientId: Id,
  body: unknown,
): Promise<Message> {
  const text = requiredText("message_body", body, MESSAGE_LIMITS.body, MULTI_LINE);
  return deps.store.transaction(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    if (!(await areContacts(tx, actor.accountId, recipientId))) throw new DomainError("message_not_contact");
    await requireNotBlocked(tx, actor.accountId, recipientId, "message_not_delivered");
    await spendRateLimit(tx, deps, actor.accountId, "message");
    const message = newMessage(deps, actor.accountId, directConversation(actor.accountId, recipientId), text);
    await tx.messages.insert(message);
    await tx.messages.deliver({
      ...entryOf(message, recipientId),
      accountId: actor.accountId,
      unread: false,
    });
    await tx.messages.deliver({ ...entryOf(message, actor.accountId), accountId: recipientId, unread: true });
    await emit(tx, deps, {
      type: "message_sent",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { messageId: message.id, senderId: actor.accountId, recipientId },
    });
    return message;
  });
}

/**
 * A founder writes to every teacher of the project: one message and one event, fanned out to
 * each teacher's inbox except those who blocked the founder. Pupils are never recipients.
 */
export async function sendProjectMessage(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  body: unknown,
): Promise<Message> {
  const text = requiredText("message_body", body, MESSAGE_LIMITS.body, MULTI_LINE);
  return deps.store.transaction(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    const project = await requireProject(tx, projectId);
    // A founder once they hold the role: a named co-founder writes only after accepting.
    if ((await tx.members.role(project.id, actor.accountId)) !== "founder")
      throw new DomainError("not_project_manager");
    await spendRateLimit(tx, deps, actor.accountId, "message");
    const message = {
      ...newMessage(deps, actor.accountId, projectConversation(project.id), text),
      projectId,
    };
    await tx.messages.insert(message);
    const teachers = (await tx.members.teachers(project.id)).map((m) => m.teacherId);
    const blockers = new Set(await tx.blocks.blockersAmong(actor.accountId, teachers));
    for (const teacherId of new Set([actor.accountId, ...teachers])) {
      if (blockers.has(teacherId)) continue;
      await tx.messages.deliver({
        ...entryOf(message, undefined),
        accountId: teacherId,
        unread: teacherId !== actor.accountId,
      });
    }
    await emit(tx, deps, {
      type: "project_message_sent",
      actorId: actor.accountId,
      projectId,
      payload: { messageId: message.id, senderId: actor.accountId },
    });
    return message;
  });
}

export interface InboxView {
  entries: InboxEntry[];
  /** The cursor of the next page of conversations; undefined on the last. */
  next: string | undefined;
  names: Map<Id, string>;
  titles: Map<Id, string>;
  /** Capped at UNREAD_CAP. */
  unread: number;
  blocked: Teacher[];
  /** Projects the teacher founded: they may write to all its teachers. */
  founded: Project[];
}

/** The teacher's conversations, newest first, a page at a time; those with people they blocked are hidden. */
export async function inbox(
  deps: CoreDeps,
  actor: Actor,
  after?: KeysetCursor,
  limit = SHOWN,
): Promise<InboxView> {
  return deps.store.transaction(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    const blockedIds = new Set(await tx.blocks.blockedBy(actor.accountId));
    const page = keysetPage(await tx.messages.inbox(actor.accountId, after, limit + 1), limit, (e) => ({
      at: e.lastAt,
      id: e.conversation,
    }));
    const entries = page.items.filter((e) => !e.otherId || !blockedIds.has(e.otherId));
    const people = entries.flatMap((e) => (e.otherId ? [e.otherId] : []));
    const names = new Map((await tx.accounts.getMany(people)).map((a) => [a.id, a.name]));
    const projectIds = entries.flatMap((e) => (e.projectId ? [e.projectId] : []));
    const titles = new Map((await tx.projects.getMany(projectIds)).map((p) => [p.id, p.title]));
    return {
      entries,
      next: page.next,
      names,
      titles,
      unread: await tx.messages.unreadTotal(actor.accountId, UNREAD_CAP),
      blocked: await tx.teachers.getMany([...blockedIds]),
      founded: (await tx.projects.listForTeacher(actor.accountId)).filter(
        (p) => isFounder(p, actor.accountId) && p.status !== "draft" && p.status !== "awaiting_cofounder",
      ),
    };
  });
}

/**
 * A page of a conversation's messages before `before` (the newest when undefined), oldest
 * first, and the cursor of the older page when there is one.
 */
async function messagePage(
  tx: Tx,
  conversation: string,
  hiddenSenders: readonly Id[],
  before: KeysetCursor | undefined,
): Promise<{ messages: Message[]; older: string | undefined }> {
  const newestFirst = (await tx.messages.latest(conversation, SHOWN + 1, hiddenSenders, before)).reverse();
  const page = keysetPage(newestFirst, SHOWN, (m) => ({ at: m.createdAt, id: m.id }));
  return { messages: page.items.reverse(), older: page.next };
}

export interface ConversationView {
  other: Teacher;
  messages: Message[];
  /** The cursor of the page of older messages; undefined when these are the oldest. */
  older: string | undefined;
  /** The actor blocked the other: the conversation is hidden until they unblock. */
  blockedByActor: boolean;
  mayWrite: boolean;
}

/** The conversation with another teacher, marked read. Only teachers see it; pupils have none. */
export async function conversationWith(
  deps: CoreDeps,
  actor: Actor,
  otherId: Id,
  before?: KeysetCursor,
): Promise<ConversationView> {
  return deps.store.transaction(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    const other = await tx.teachers.get(otherId);
    if (!other || other.id === actor.accountId) throw new DomainError("not_found", { what: "teacher" });
    const conversation = directConversation(actor.accountId, otherId);
    const blockedByActor = await tx.blocks.has(actor.accountId, otherId);
    const { messages, older } = blockedByActor
      ? { messages: [], older: undefined }
      : await messagePage(tx, conversation, [], before);
    await tx.messages.markRead(actor.accountId, conversation);
    const mayWrite = !blockedByActor && (await areContacts(tx, actor.accountId, otherId));
    return { other, messages, older, blockedByActor, mayWrite };
  });
}

export interface ProjectMessagesView {
  project: Project;
  messages: Message[];
  older: string | undefined;
  names: Map<Id, string>;
  mayWrite: boolean;
}

/** A project's messages from its founders, for its teachers; a blocked founder's are hidden. */
export async function projectMessages(
  deps: CoreDeps,
  actor: Actor,
  projectId: Id,
  before?: KeysetCursor,
): Promise<ProjectMessagesView> {
  return deps.store.transaction(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    const project = await requireProject(tx, projectId);
    const role = await tx.members.role(project.id, actor.accountId);
    if (!role) throw new DomainError("not_found", { what: "project" });
    const conversation = projectConversation(project.id);
    const { messages, older } = await messagePage(
      tx,
      conversation,
      await tx.blocks.blockedBy(actor.accountId),
      before,
    );
    await tx.messages.markRead(actor.accountId, conversation);
    const names = new Map(
      (await tx.accounts.getMany([...new Set(messages.map((m) => m.senderId))])).map((a) => [a.id, a.name]),
    );
    return { project, messages, older, names, mayWrite: role === "founder" };
  });
}

/**
 * The actor stops hearing from another teacher: no messages, no contact requests (their
 * pending requests between the two go), and the conversation leaves the actor's inbox.
 */
export async function blockTeacher(deps: CoreDeps, actor: Actor, otherId: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    if (otherId === actor.accountId) throw new DomainError("block_self");
    if (!(await tx.teachers.get(otherId))) throw new DomainError("not_found", { what: "teacher" });
    if (await tx.blocks.has(actor.accountId, otherId)) return;
    await tx.blocks.add(actor.accountId, otherId, deps.clock.now());
    const contact = await tx.contacts.between(actor.accountId, otherId);
    if (contact?.status === "pending") await tx.contacts.delete(contact.id);
    await emit(tx, deps, {
      type: "teacher_blocked",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { blockerId: actor.accountId, blockedId: otherId },
    });
  });
}

export async function unblockTeacher(deps: CoreDeps, actor: Actor, otherId: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    if (!(await tx.blocks.has(actor.accountId, otherId))) return;
    await tx.blocks.remove(actor.accountId, otherId);
    await emit(tx, deps, {
      type: "teacher_unblocked",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { blockerId: actor.accountId, blockedId: otherId },
    });
  });
}

/** A teacher reports a message written to them; the sender's national unit reads it. */
export async function reportMessage(
  deps: CoreDeps,
  actor: Actor,
  messageId: Id,
  reason: unknown,
): Promise<MessageReport> {
  const text = requiredText("reason", reason, MESSAGE_LIMITS.reportReason, MULTI_LINE);
  return deps.store.transaction(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    const message = await tx.messages.get(messageId);
    if (!message || message.senderId === actor.accountId || !(await receives(tx, message, actor.accountId)))
      throw new DomainError("not_found", { what: "message" });
    if (await tx.messageReports.byReporter(message.id, actor.accountId))
      throw new DomainError("message_already_reported");
    const sender = await tx.teachers.get(message.senderId);
    if (!sender) throw new DomainError("not_found", { what: "message" });
    const report: MessageReport = {
      id: deps.ids.newId(),
      messageId: message.id,
      reporterId: actor.accountId,
      reason: text,
      country: sender.country,
      status: "open",
      createdAt: deps.clock.now(),
      resolvedBy: undefined,
      resolvedAt: undefined,
    };
    await tx.messageReports.insert(report);
    await emit(tx, deps, {
      type: "message_reported",
      actorId: actor.accountId,
      projectId: message.projectId,
      payload: { reportId: report.id, messageId: message.id, country: report.country },
    });
    return report;
  });
}

/** Whether the person is a recipient of the message: the other side of a pair, or a teacher of the project. */
async function receives(tx: Tx, message: Message, accountId: Id): Promise<boolean> {
  if (message.projectId) return (await tx.members.role(message.projectId, accountId)) !== undefined;
  return message.conversation === directConversation(message.senderId, accountId);
}

export interface ReportPage {
  reports: MessageReport[];
  messages: Map<Id, Message>;
  names: Map<Id, string>;
  /** The cursor of the next page (`createdAt~id`); undefined on the last one. */
  next: string | undefined;
}

/** A country's open reports, oldest first, keyset-paged: its national unit's staff and moderators only. */
export async function openMessageReports(
  deps: CoreDeps,
  actor: Actor,
  countryCode: string,
  after: unknown,
  limit = 50,
): Promise<ReportPage> {
  const country = deps.countries.find(countryCode);
  if (!country) throw new DomainError("unknown_country", { value: countryCode.slice(0, 10) });
  const cursor = parseCursor(after);
  return deps.store.transaction(async (tx) => {
    await requireReportReader(tx, actor, country);
    const rows = await tx.messageReports.openFor(country, cursor, limit + 1);
    const reports = rows.slice(0, limit);
    const messages = new Map<Id, Message>();
    for (const report of reports) {
      const message = await tx.messages.get(report.messageId);
      if (message) messages.set(message.id, message);
    }
    const people = [...reports.map((r) => r.reporterId), ...[...messages.values()].map((m) => m.senderId)];
    const names = new Map((await tx.accounts.getMany([...new Set(people)])).map((a) => [a.id, a.name]));
    const last = reports.at(-1);
    return {
      reports,
      messages,
      names,
      next: rows.length > limit && last ? `${last.createdAt}~${last.id}` : undefined,
    };
  });
}

export interface ReportView {
  report: MessageReport;
  message: Message;
  /** The reported message among its neighbours in the conversation, oldest first. */
  context: Message[];
  names: Map<Id, string>;
  project: Project | undefined;
}

/** One report with the reported message in its conversation, for the unit of the report's country. */
export async function messageReport(deps: CoreDeps, actor: Actor, reportId: Id): Promise<ReportView> {
  return deps.store.transaction(async (tx) => {
    const report = await tx.messageReports.get(reportId);
    if (!report) throw new DomainError("not_found", { what: "report" });
    await requireReportReader(tx, actor, report.country);
    const message = await tx.messages.get(report.messageId);
    if (!message) throw new DomainError("not_found", { what: "message" });
    const context = await tx.messages.around(message, REPORT_CONTEXT);
    const people = new Set([report.reporterId, ...context.map((m) => m.senderId)]);
    const names = new Map((await tx.accounts.getMany([...people])).map((a) => [a.id, a.name]));
    const project = message.projectId ? await tx.projects.get(message.projectId) : undefined;
    return { report, message, context, names, project };
  });
}

export async function resolveMessageReport(deps: CoreDeps, actor: Actor, reportId: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const report = await tx.messageReports.get(reportId);
    if (!report) throw new DomainError("not_found", { what: "report" });
    await requireReportReader(tx, actor, report.country);
    if (report.status !== "open") throw new DomainError("message_report_not_open");
    await tx.messageReports.resolve(report.id, actor.accountId, deps.clock.now());
    await emit(tx, deps, {
      type: "message_report_resolved",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { reportId: report.id, country: report.country },
    });
  });
}

async function requireReportReader(tx: Tx, actor: Actor, country: string): Promise<void> {
  const grants = await tx.grants.forAccount(actor.accountId);
  if (!mayActForCountry(grants, country, "read_message_reports"))
    throw new DomainError("not_moderator_for_country", { country });
}

function parseCursor(after: unknown): ReportCursor | undefined {
  if (after === undefined || after === "") return undefined;
  const [createdAt = "", id = ""] = typeof after === "string" ? after.split("~") : [];
  if (Number.isNaN(Date.parse(createdAt)) || id === "")
    throw new DomainError("filter_invalid", { field: "after" });
  return { createdAt, id };
}

function newMessage(deps: CoreDeps, senderId: Id, conversation: string, body: string): Message {
  return {
    id: deps.ids.newId(),
    conversation,
    senderId,
    projectId: undefined,
    body,
    createdAt: deps.clock.now(),
  };
}

function entryOf(
  message: Message,
  otherId: Id | undefined,
): Pick<InboxEntry, "conversation" | "otherId" | "projectId"> & { at: string } {
  return { conversation: message.conversation, otherId, projectId: message.projectId, at: message.createdAt };
}
