import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directConversation, type KeysetCursor, type NameCursor, type Tx } from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { capturePlans, fullScans, unboundedSorts } from "../support/plans.ts";
import { World } from "../support/world.ts";

const NOBODY = "00000000-0000-0000-0000-000000000000";
const CURSOR: KeysetCursor = { at: "2026-11-20T10:00:00.000Z", id: NOBODY };
const CONVERSATION = directConversation(NOBODY, "00000000-0000-0000-0000-000000000001");
const INBOX_CURSOR: KeysetCursor = { at: "2026-11-20T10:00:00.000Z", id: CONVERSATION };
const NAME_CURSOR: NameCursor = { name: "Anna B.", id: NOBODY };
const DIARY_TYPES = ["page_created", "material_added", "member_joined"] as const;
const NOTIFICATION_CURSOR: KeysetCursor = { at: "2026-11-20T10:00:00.000Z", id: "42" };

/** Each read a keyset-paged list (or its capped count) makes, first page and later ones. */
const READS: [string, (tx: Tx) => Promise<unknown>][] = [
  ["moderation queue, first page", (tx) => tx.approvals.pendingForCountry("IT", undefined, 51)],
  ["moderation queue, later page", (tx) => tx.approvals.pendingForCountry("IT", CURSOR, 51)],
  ["waiting approvals, capped count", (tx) => tx.approvals.countPending("IT", 1000)],
  ["chat reference to a waiting project", (tx) => tx.approvals.pendingByProjectPrefix("IT", "0a1b", 2)],
  ["label applications to assess, first page", (tx) => tx.labels.submittedForCountry("IT", undefined, 51)],
  ["label applications to assess, later page", (tx) => tx.labels.submittedForCountry("IT", CURSOR, 51)],
  ["label applications to assess, capped count", (tx) => tx.labels.countSubmitted("IT", 1000)],
  ["notifications, first page", (tx) => tx.notifications.listFor(NOBODY, undefined, 51)],
  ["notifications, later page", (tx) => tx.notifications.listFor(NOBODY, NOTIFICATION_CURSOR, 51)],
  ["project's teachers, first page", (tx) => tx.members.teachersPage(NOBODY, undefined, 51)],
  ["project's teachers, later page", (tx) => tx.members.teachersPage(NOBODY, CURSOR, 51)],
  ["project's teachers, capped count", (tx) => tx.members.countTeachers(NOBODY, 1000)],
  ["project's pupils, first page", (tx) => tx.members.pupilsPage(NOBODY, undefined, 51)],
  ["project's pupils, later page", (tx) => tx.members.pupilsPage(NOBODY, CURSOR, 51)],
  ["project's pupils, capped count", (tx) => tx.members.countPupils(NOBODY, 1000)],
  ["project's teachers among some", (tx) => tx.members.teachersAmong(NOBODY, [NOBODY, CURSOR.id])],
  ["inbox, first page", (tx) => tx.messages.inbox(NOBODY, undefined, 51)],
  ["inbox, later page", (tx) => tx.messages.inbox(NOBODY, INBOX_CURSOR, 51)],
  ["conversation, newest messages", (tx) => tx.messages.latest(CONVERSATION, 51)],
  ["conversation, older messages", (tx) => tx.messages.latest(CONVERSATION, 51, [], CURSOR)],
  ["school's teachers, first page", (tx) => tx.teachers.pageOfSchool(NOBODY, undefined, 51)],
  ["school's teachers, later page", (tx) => tx.teachers.pageOfSchool(NOBODY, CURSOR, 51)],
  ["school's teachers, capped count", (tx) => tx.teachers.countOfSchool(NOBODY, 1000)],
  ["school's projects, first page", (tx) => tx.projects.listForSchool(NOBODY, undefined, 51)],
  ["school's projects, later page", (tx) => tx.projects.listForSchool(NOBODY, CURSOR, 51)],
  ["school's projects, capped count", (tx) => tx.projects.countForSchool(NOBODY, 1000)],
  ["my pupils, first page", (tx) => tx.pupils.pageByTeacher(NOBODY, undefined, 51)],
  ["my pupils, later page", (tx) => tx.pupils.pageByTeacher(NOBODY, CURSOR, 51)],
  ["my pupils, capped count", (tx) => tx.pupils.countByTeacher(NOBODY, 1000)],
  [
    "project's pending invitations, first page",
    (tx) => tx.invitations.pendingPageForProject(NOBODY, undefined, 51),
  ],
  [
    "project's pending invitations, later page",
    (tx) => tx.invitations.pendingPageForProject(NOBODY, CURSOR, 51),
  ],
  ["project diary, newest events", (tx) => tx.events.latestForProject(NOBODY, DIARY_TYPES, undefined, 101)],
  ["project diary, older events", (tx) => tx.events.latestForProject(NOBODY, DIARY_TYPES, 1000, 101)],
  ["project materials, first page", (tx) => tx.materials.pageForProject(NOBODY, undefined, 51)],
  [
    "project materials, later page",
    (tx) => tx.materials.pageForProject(NOBODY, { folder: "Foto", name: "a.png", id: NOBODY }, 51),
  ],
  ["page history, newest revisions", (tx) => tx.pages.revisionsPage(NOBODY, undefined, 51)],
  ["page history, older revisions", (tx) => tx.pages.revisionsPage(NOBODY, 120, 51)],
  ["my pupils to add, first page", (tx) => tx.pupils.addablePage(NOBODY, NOBODY, undefined, undefined, 51)],
  ["my pupils to add, later page", (tx) => tx.pupils.addablePage(NOBODY, NOBODY, undefined, NAME_CURSOR, 51)],
  ["my pupils to add, by name", (tx) => tx.pupils.addablePage(NOBODY, NOBODY, "anna", NAME_CURSOR, 51)],
  ...(["incoming", "outgoing", "accepted"] as const).flatMap(
    (list): [string, (tx: Tx) => Promise<unknown>][] => [
      [`contacts (${list}), first page`, (tx) => tx.contacts.pageFor(NOBODY, list, undefined, 51)],
      [`contacts (${list}), later page`, (tx) => tx.contacts.pageFor(NOBODY, list, CURSOR, 51)],
    ],
  ),
];

const LABEL_CURSOR: KeysetCursor = { at: CURSOR.at, id: `${NOBODY}/european_quality/${NOBODY}` };

/**
 * Lists sorted within one owner's rows: a teacher's projects (those they belong to and the
 * drafts they are asked to co-found), their pending invitations, and a school's labels (through
 * its teachers). Every read goes through an index; the sort is of that teacher's or school's rows,
 * never of a whole table.
 */
const OWNER_SORTED: [string, (tx: Tx) => Promise<unknown>][] = [
  ["teacher's projects, first page", (tx) => tx.projects.pageForTeacher(NOBODY, undefined, 51)],
  ["teacher's projects, later page", (tx) => tx.projects.pageForTeacher(NOBODY, CURSOR, 51)],
  ["teacher's co-founding requests", (tx) => tx.projects.cofounderRequests(NOBODY, 50)],
  ["teacher's oldest pending invitations", (tx) => tx.invitations.pendingForTeacher(NOBODY, 51)],
  ["school's labels, first page", (tx) => tx.countryWorkspace.labelsOfSchool(NOBODY, undefined, 51)],
  ["school's labels, later page", (tx) => tx.countryWorkspace.labelsOfSchool(NOBODY, LABEL_CURSOR, 51)],
];

/**
 * Issue 18: a list's page and its count are read off an index in the list's order, whatever
 * the table's size — no full scan, no sort of every row — on both databases.
 */
describe.each(DATABASE_KINDS)("keyset paging plans on %s", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await World.create(kind);
  });
  afterAll(async () => {
    await w.destroy();
  });

  it.each(READS)("%s is served by an index in page order", async (_, read) => {
    const plans = await capturePlans(w.store.knex, () => w.store.transaction(read));
    expect(plans.length).toBeGreaterThan(0);
    for (const { sql, plan } of plans) {
      expect(fullScans(plan), `${sql}\n${plan}`).toEqual([]);
      expect(unboundedSorts(plan), `${sql}\n${plan}`).toEqual([]);
    }
  });

  it.each(OWNER_SORTED)("%s reads only its owner's rows, through indexes", async (_, read) => {
    const plans = await capturePlans(w.store.knex, () => w.store.transaction(read));
    expect(plans.length).toBeGreaterThan(0);
    for (const { sql, plan } of plans) expect(fullScans(plan), `${sql}\n${plan}`).toEqual([]);
  });
});
