import { DomainError } from "../errors.ts";
import type { Id, Instant } from "../model.ts";
import type { IdeaSearchQuery, IdeaWithAuthor, Tx } from "../ports.ts";
import { type Idea, type IdeaFormInput, isLive, liveSince, validateIdeaForm } from "../rules/ideas.ts";
import { areContacts, proposeContact } from "./contacts.ts";
import { type Actor, type CoreDeps, emit, requireTeacher } from "./context.ts";

/** Teachers only (staff and pupils have no teacher record): the board is for finding partners. */
export async function postIdea(deps: CoreDeps, actor: Actor, input: IdeaFormInput): Promise<Idea> {
  return deps.store.transaction(async (tx) => {
    const author = await requireTeacher(tx, actor.accountId);
    const now = deps.clock.now();
    const idea: Idea = {
      ...validateIdeaForm(input),
      id: deps.ids.newId(),
      authorId: author.id,
      country: author.country,
      createdAt: now,
      renewedAt: now,
    };
    await tx.ideas.insert(idea);
    await emit(tx, deps, {
      type: "idea_posted",
      actorId: author.id,
      projectId: undefined,
      payload: { ideaId: idea.id },
    });
    return idea;
  });
}

/** The author changes the idea; saving it also renews it. */
export async function updateIdea(
  deps: CoreDeps,
  actor: Actor,
  ideaId: Id,
  input: IdeaFormInput,
): Promise<Idea> {
  return changeOwnIdea(deps, actor, ideaId, (idea, now) => ({
    ...idea,
    ...validateIdeaForm(input),
    renewedAt: now,
  }));
}

/** The author keeps the idea on the board for another lifetime. */
export async function renewIdea(deps: CoreDeps, actor: Actor, ideaId: Id): Promise<Idea> {
  return changeOwnIdea(deps, actor, ideaId, (idea, now) => ({ ...idea, renewedAt: now }));
}

export async function withdrawIdea(deps: CoreDeps, actor: Actor, ideaId: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const idea = await ownIdea(tx, actor, ideaId);
    await tx.ideas.delete(idea.id);
    await emit(tx, deps, {
      type: "idea_withdrawn",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { ideaId },
    });
  });
}

/** The board: live ideas of other teachers, newest renewal first, keyset-paged. */
export async function searchIdeas(
  deps: CoreDeps,
  actor: Actor,
  query: Omit<IdeaSearchQuery, "renewedSince" | "excludeAuthorId">,
): Promise<{ results: IdeaWithAuthor[]; hasMore: boolean }> {
  return deps.store.readOnly(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    return tx.ideas.search({
      ...query,
      renewedSince: liveSince(deps.clock.now()),
      excludeAuthorId: actor.accountId,
    });
  });
}

export interface IdeaView {
  found: IdeaWithAuthor;
  mine: boolean;
  live: boolean;
  /** Whether the viewer and the author are contacts (then they may found a project from it). */
  contacts: boolean;
  /** Who replied: shown to the author only. */
  replies: { teacherId: Id; name: string; repliedAt: Instant }[];
  /** When the viewer replied to it (a teacher replies once). */
  repliedAt: Instant | undefined;
}

/** An idea as its page shows it. Other teachers see live ideas only; the author sees theirs always. */
export async function viewIdea(deps: CoreDeps, actor: Actor, ideaId: Id): Promise<IdeaView> {
  return deps.store.readOnly(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    const found = await tx.ideas.get(ideaId);
    const mine = found?.idea.authorId === actor.accountId;
    const live = found ? isLive(found.idea, deps.clock.now()) : false;
    if (!found || (!mine && !live)) throw new DomainError("not_found", { what: "idea" });
    return {
      found,
      mine,
      live,
      contacts: !mine && (await areContacts(tx, actor.accountId, found.idea.authorId)),
      replies: mine ? await tx.ideas.repliesTo(ideaId, 200) : [],
      repliedAt: mine ? undefined : await tx.ideas.replyOf(ideaId, actor.accountId),
    };
  });
}

/**
 * A reply tells the author and proposes a contact (R2), unless the two already are contacts
 * or a request is pending; replying twice to one idea is refused, so nobody is nagged.
 */
export async function replyToIdea(deps: CoreDeps, actor: Actor, ideaId: Id): Promise<void> {
  await deps.store.transaction(async (tx) => {
    await requireTeacher(tx, actor.accountId);
    const found = await tx.ideas.get(ideaId);
    if (!found || !isLive(found.idea, deps.clock.now())) throw new DomainError("not_found", { what: "idea" });
    const { authorId } = found.idea;
    if (authorId === actor.accountId) throw new DomainError("idea_own_reply");
    if (!(await tx.ideas.addReply(ideaId, actor.accountId, deps.clock.now())))
      throw new DomainError("idea_already_replied");
    const existing = await tx.contacts.between(actor.accountId, authorId);
    const asksBack = existing?.status === "pending" && existing.addresseeId === actor.accountId;
    if (!existing || asksBack) await proposeContact(deps, tx, actor, authorId, "", ideaId);
    await emit(tx, deps, {
      type: "idea_replied",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { ideaId, authorId, replierId: actor.accountId },
    });
  });
}

/**
 * The project form's values from an idea: for its author, or a contact of the author (who is
 * then proposed as co-founder), so that founding from an idea is one step from the board.
 */
export async function ideaAsProjectDraft(
  deps: CoreDeps,
  actor: Actor,
  ideaId: Id,
): Promise<Record<string, string | string[]>> {
  const view = await viewIdea(deps, actor, ideaId);
  if (!view.mine && !view.contacts) throw new DomainError("idea_contacts_only");
  const { idea } = view.found;
  return {
    title: idea.title,
    summary: idea.summary.slice(0, 500),
    subjects: idea.subjects,
    languages: idea.languages,
    pupilAgeMin: String(idea.pupilAgeMin),
    pupilAgeMax: String(idea.pupilAgeMax),
    cofounder: view.mine ? "" : idea.authorId,
  };
}

async function ownIdea(tx: Tx, actor: Actor, ideaId: Id): Promise<Idea> {
  const found = await tx.ideas.get(ideaId);
  if (!found || found.idea.authorId !== actor.accountId) throw new DomainError("not_found", { what: "idea" });
  return found.idea;
}

async function changeOwnIdea(
  deps: CoreDeps,
  actor: Actor,
  ideaId: Id,
  change: (idea: Idea, now: Instant) => Idea,
): Promise<Idea> {
  return deps.store.transaction(async (tx) => {
    const changed = change(await ownIdea(tx, actor, ideaId), deps.clock.now());
    await tx.ideas.update(changed);
    await emit(tx, deps, {
      type: "idea_renewed",
      actorId: actor.accountId,
      projectId: undefined,
      payload: { ideaId },
    });
    return changed;
  });
}
