import { DomainError } from "../errors.ts";
import type { Contact, Id } from "../model.ts";
import type { Tx } from "../ports.ts";
import { MESSAGE_LIMITS } from "../rules/messaging.ts";
import { MULTI_LINE, optionalText } from "../rules/text.ts";
import { type Actor, type CoreDeps, emit, requireTeacher } from "./context.ts";
import { requireNotBlocked, spendRateLimit } from "./messages.ts";

/**
 * R2: contacts are mutual. A teacher asks, with an optional short note; the other accepts or
 * declines. Nobody asks someone who blocked them, and new requests are rate-limited.
 */
export async function requestContact(
  deps: CoreDeps,
  actor: Actor,
  teacherId: Id,
  note?: unknown,
): Promise<Contact> {
  const message = optionalText("contact_note", note, MESSAGE_LIMITS.contactNote, MULTI_LINE);
  return deps.store.transaction((tx) => proposeContact(deps, tx, actor, teacherId, message));
}

/**
 * Asks `teacherId` to become a contact inside the caller's transaction; `ideaId` when it is a
 * reply to that idea.
 */
export async function proposeContact(
  deps: CoreDeps,
  tx: Tx,
  actor: Actor,
  teacherId: Id,
  message = "",
  ideaId?: Id,
): Promise<Contact> {
  await requireTeacher(tx, actor.accountId);
  if (teacherId === actor.accountId) throw new DomainError("contact_self");
  const other = await tx.teachers.get(teacherId);
  if (!other) throw new DomainError("not_registered_teacher");
  const existing = await tx.contacts.between(actor.accountId, teacherId);
  if (existing) {
    // Asking someone who already asked you is an acceptance: what both want.
    if (existing.status === "pending" && existing.addresseeId === actor.accountId) {
      return accept(deps, tx, actor, existing);
    }
    throw new DomainError("contact_exists");
  }
  await requireNotBlocked(tx, actor.accountId, teacherId, "contact_request_not_possible");
  await spendRateLimit(tx, deps, actor.accountId, "contact_request");
  const contact: Contact = {
    id: deps.ids.newId(),
    requesterId: actor.accountId,
    addresseeId: teacherId,
    status: "pending",
    createdAt: deps.clock.now(),
    message: message === "" ? undefined : message,
  };
  await tx.contacts.insert(contact);
  await emit(tx, deps, {
    type: "contact_requested",
    actorId: actor.accountId,
    projectId: undefined,
    payload: {
      contactId: contact.id,
      requesterId: contact.requesterId,
      addresseeId: contact.addresseeId,
      ...(ideaId ? { ideaId } : {}),
    },
  });
  return contact;
}

export async function acceptContact(deps: CoreDeps, actor: Actor, contactId: Id): Promise<Contact> {
  return deps.store.transaction(async (tx) => {
    const contact = await pendingRequestTo(tx, actor, contactId);
    return accept(deps, tx, actor, contact);
  });
}

export async function declineContact(deps: CoreDeps, actor: Actor, contactId: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const contact = await pendingRequestTo(tx, actor, contactId);
    await tx.contacts.delete(contact.id);
    await emit(tx, deps, {
      type: "contact_declined",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { contactId: contact.id, requesterId: contact.requesterId, addresseeId: contact.addresseeId },
    });
  });
}

/** Either side removes a contact, or the requester withdraws a pending request. */
export async function removeContact(deps: CoreDeps, actor: Actor, contactId: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    const contact = await tx.contacts.get(contactId);
    if (!contact || (contact.requesterId !== actor.accountId && contact.addresseeId !== actor.accountId)) {
      throw new DomainError("not_found", { what: "contact" });
    }
    await tx.contacts.delete(contact.id);
    await emit(tx, deps, {
      type: "contact_removed",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { contactId: contact.id, requesterId: contact.requesterId, addresseeId: contact.addresseeId },
    });
  });
}

/** R2: whether two teachers are accepted contacts (a pending request is not enough). */
export async function areContacts(tx: Tx, a: Id, b: Id): Promise<boolean> {
  const contact = await tx.contacts.between(a, b);
  return contact?.status === "accepted";
}

async function pendingRequestTo(tx: Tx, actor: Actor, contactId: Id): Promise<Contact> {
  await requireTeacher(tx, actor.accountId);
  const contact = await tx.contacts.get(contactId);
  if (!contact || contact.addresseeId !== actor.accountId)
    throw new DomainError("not_found", { what: "contact" });
  if (contact.status !== "pending") throw new DomainError("contact_request_not_pending");
  return contact;
}

async function accept(deps: CoreDeps, tx: Tx, actor: Actor, contact: Contact): Promise<Contact> {
  await tx.contacts.accept(contact.id, deps.clock.now());
  await emit(tx, deps, {
    type: "contact_accepted",
    actorId: actor.accountId,
    projectId: undefined,
    payload: { contactId: contact.id, requesterId: contact.requesterId, addresseeId: contact.addresseeId },
  });
  return { ...contact, status: "accepted" };
}
