/**
 * The people and projects of the authorization matrix, built through core's use cases on a
 * real database (test/support/world.ts). People who exist apart from any project (a teacher
 * outside it, moderators, a school admin, the central admin) are made once per database; each
 * project *variant* (kind × status) is built on demand with its own founders, members, pupil
 * and invitee, and built again after an allowed request changed it.
 */
import {
  acceptInvitation,
  addMaterial,
  addPupilsToProject,
  applyForNationalLabel,
  closeProject,
  createMatrixLinkCode,
  createPage,
  createProject,
  decideApproval,
  DEFAULT_MATERIAL_LIMITS,
  type Id,
  inviteTeacher,
  linkMatrixAccount,
  openLook,
  publishPage,
  type Project,
  type QualityCriteria,
  registerPupils,
  postIdea,
  createGroup,
  createOnlineEvent,
  joinGroup,
  proposeGroup,
  registerForOnlineEvent,
  reportMessage,
  requestContact,
  savePage,
  sendMessage,
  type School,
  setMemberRole,
  setSchoolProjectPolicy,
  type Teacher,
} from "../../core/index.ts";
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { materialSettings } from "../../lti-tool/materials/config.ts";
import { DiskStorage } from "../../lti-tool/materials/storage.ts";
import type { World } from "../support/world.ts";

/** Every kind of person the matrix asks about. */
export const PERSONAS = [
  "anonymous",
  "pupil",
  "outsider",
  "invitee",
  "member",
  "projectAdmin",
  "cofounder",
  "founder",
  "moderatorRight",
  "moderatorWrong",
  "staffRight",
  "staffWrong",
  "schoolAdmin",
  "centralAdmin",
] as const;
export type Persona = (typeof PERSONAS)[number];

/** Project kinds × statuses the matrix checks every project route in. */
export const VARIANTS = {
  draft: { status: "draft", kind: undefined },
  awaiting_cofounder: { status: "awaiting_cofounder", kind: undefined },
  awaiting_approval: { status: "awaiting_approval", kind: "european" },
  rejected: { status: "rejected", kind: "european" },
  active_national: { status: "active", kind: "national" },
  active_school: { status: "active", kind: "school" },
  active_european: { status: "active", kind: "european" },
  closed: { status: "closed", kind: "european" },
} as const;
export type VariantName = keyof typeof VARIANTS;
export type Variant = (typeof VARIANTS)[VariantName] & { name: VariantName };
export const variant = (name: VariantName): Variant => ({ ...VARIANTS[name], name });

/** The countries: founders and everyone national are Italian; the wrong moderator and staff are Spanish. */
export const HOME = "IT";
export const ELSEWHERE = "ES";

/** One project in one variant and the people around it. */
export interface Fixture {
  variant: Variant;
  project: Project;
  founder: Teacher;
  cofounder: Teacher;
  /** Ordinary member and project admin; in variants before approval they are teachers outside. */
  member: Teacher;
  projectAdmin: Teacher;
  /** Invited (pending) in active projects; otherwise just a teacher. */
  invitee: Teacher;
  invitationId: Id | undefined;
  /** A teacher nobody invited or contacted, for invitations and contact requests. */
  candidate: Teacher;
  /** The founder's pupil, in the project once it is active. */
  pupilId: Id;
  /** Another pupil of the founder, not in the project. */
  sparePupilId: Id;
  /** A pending contact request from another teacher to the founder; the founders' accepted contact. */
  pendingContactId: Id;
  foundersContactId: Id;
  /** The founder's idea on the partner-finding board. */
  ideaId: Id;
  /** Groups the founder moderates: an open one with the member persona in it, a closed one with
   * another teacher's pending request (`groupRequesterId`), and a proposal awaiting the central admin. */
  groupId: Id;
  closedGroupId: Id;
  groupRequesterId: Id;
  proposedGroupId: Id;
  /** Italy's unit (staffRight) organises two events for all teachers with the member registered:
   * one to come, and one that has started (for attendance). */
  eventId: Id;
  startedEventId: Id;
  /** The founder's message to the co-founder (contacts), which the co-founder reported to Italy's unit. */
  messageId: Id;
  messageReportId: Id;
  /** The founder's Quality Label application (european, running projects). */
  labelApplicationId: Id | undefined;
  /** In running projects: the founder's TwinSpace page (published on the showcase, open to the
   *  pupils' proposals, not to partners' edits), the pupil's pending proposal on it, and a file of
   *  the library the founder uploaded. */
  pageId: Id | undefined;
  proposalNumber: number | undefined;
  materialId: Id | undefined;
  /** A second moderator, whom the central admin may remove. */
  spareModeratorId: Id;
  criteria: QualityCriteria;
  /** A fresh link code of an account without a Matrix ID. */
  linkCode: string;
  /** The Matrix ID a persona writes to the bot from (pupils: a bot-made account, anonymous: unlinked); see linkMatrixIds. */
  matrixIdOf(persona: Persona): string;
  /** The fixture's teachers' linked Matrix IDs, once linkMatrixIds ran. */
  matrixIds: Partial<Record<Persona, string>>;
  /** The account (or pupil) a persona signs in as in this fixture. */
  accountOf(persona: Persona): { id: Id; schoolId?: Id } | undefined;
}

/** People who exist apart from any project. */
export interface Staff {
  school: School;
  outsider: Teacher;
  moderatorRight: { id: Id };
  moderatorWrong: { id: Id };
  /** A national unit's staff (launched from the unit's own LMS): of the home country, and of another. */
  staffRight: { id: Id };
  staffWrong: { id: Id };
  schoolAdmin: { id: Id; schoolId: Id };
  centralAdmin: { id: Id };
  /** A moderator of a third country (PT), whom the central admin may remove. */
  spareModerator: { id: Id };
  /** Schools by country, shared by every fixture's teachers. */
  schools: Map<string, School>;
  /** Their Matrix IDs, linked again when an allowed unlink took one away. */
  matrixIds: Partial<Record<Persona, string>>;
}

/** Pupils' Matrix accounts are the bot's, named like this. */
export const PUPIL_MATRIX_PREFIX = "@tw-pupil-";

let sequence = 0;
const unique = () => (++sequence).toString(36);

export async function buildStaff(w: World): Promise<Staff> {
  const school = await w.school("Liceo Galilei", HOME);
  const outsider = await w.teacher("Olga Outsider", await w.school("Liceo Volta", HOME));
  const moderatorRight = await w.moderator(HOME);
  const moderatorWrong = await w.moderator(ELSEWHERE);
  const spareModerator = await w.moderator("PT");
  const schoolAdminAccount = await w.account("Sara School-Admin");
  const staff: Staff = {
    school,
    outsider,
    moderatorRight,
    moderatorWrong,
    staffRight: await w.staff(`Staff ${HOME}`, HOME),
    staffWrong: await w.staff(`Staff ${ELSEWHERE}`, ELSEWHERE),
    schoolAdmin: { id: schoolAdminAccount.id, schoolId: school.id },
    centralAdmin: await w.centralAdmin(),
    spareModerator,
    schools: new Map(),
    matrixIds: {},
  };
  // School projects (R5) are open in the home country for the active_school variant.
  await setSchoolProjectPolicy(w.deps, w.actor(staff.centralAdmin), HOME, { enabled: true });
  return staff;
}

function staffAccounts(staff: Staff) {
  const { outsider, moderatorRight, moderatorWrong, staffRight, staffWrong, schoolAdmin, centralAdmin } =
    staff;
  return { outsider, moderatorRight, moderatorWrong, staffRight, staffWrong, schoolAdmin, centralAdmin };
}

/**
 * Links the fixture's teachers to Matrix IDs (once), and each staff account again if an allowed
 * unlink (or link) took its ID away. Only the chat commands need it, so fixtures are built without.
 */
export async function linkMatrixIds(w: World, staff: Staff, fixture: Fixture): Promise<void> {
  for (const persona of ["founder", "cofounder", "member", "projectAdmin", "invitee"] as const) {
    fixture.matrixIds[persona] ??= await linkMatrix(w, fixture[persona].id, persona);
  }
  await ensureStaffLinked(w, staff);
}

async function ensureStaffLinked(w: World, staff: Staff): Promise<void> {
  for (const [persona, account] of Object.entries(staffAccounts(staff))) {
    const current = (await w.store.read().accounts.get(account.id))?.matrixUserId;
    const expected = staff.matrixIds[persona as Persona];
    if (!current || current !== expected) {
      staff.matrixIds[persona as Persona] = await linkMatrix(w, account.id, persona as Persona);
    }
  }
}

async function linkMatrix(w: World, accountId: Id, persona: Persona): Promise<string> {
  const matrixId = `@${persona.toLowerCase()}-${unique()}:hs.example`;
  const { code } = await createMatrixLinkCode(w.deps, { accountId });
  await linkMatrixAccount(w.deps, matrixId, code);
  return matrixId;
}

/** Builds one project in the variant with fresh founders, members, pupils and an invitee. */
export async function buildFixture(w: World, staff: Staff, v: Variant): Promise<Fixture> {
  const n = unique();
  const abroad = v.kind === "european";
  // Members come from abroad in european projects, from the country in national ones, from the school in school ones.
  const foreign = async (country: string) => {
    if (v.kind === "school") return staff.school;
    const key = abroad ? country : `${HOME} (${country})`;
    let school = staff.schools.get(key);
    if (!school) staff.schools.set(key, (school = await w.school(`School ${key}`, abroad ? country : HOME)));
    return school;
  };
  const founder = await w.teacher(`Fabia Founder ${n}`, staff.school);
  const cofounder = await w.teacher(`Cosimo Cofounder ${n}`, await foreign("FR"));
  const member = await w.teacher(`Mia Member ${n}`, await foreign("PL"));
  const projectAdmin = await w.teacher(`Adam Admin ${n}`, await foreign("DE"));
  const invitee = await w.teacher(`Ines Invitee ${n}`, await foreign("SE"));
  const candidate = await w.teacher(`Carlo Candidate ${n}`, await foreign("IT"));
  const actor = w.actor(founder);
  const { registered } = await registerPupils(w.deps, actor, [
    { displayName: `Pia ${n}` },
    { displayName: `Paolo ${n}` },
  ]);
  const [pupil, sparePupil] = registered;
  // Titles carry markup: pages and replies must show it as text.
  const form = w.form({ title: `Rivers <i>${n}</i> & "quotes"` });

  let project: Project;
  if (v.status === "draft" || v.status === "awaiting_cofounder") {
    await w.contacts(founder, cofounder);
    project = await createProject(w.deps, actor, {
      form,
      cofounderId: cofounder.id,
      submit: v.status === "awaiting_cofounder",
    });
  } else {
    project = await w.projectAwaitingApproval(founder, cofounder, form);
    if (v.status === "rejected") {
      project = await decideApproval(w.deps, w.actor(staff.moderatorRight), project.id, HOME, {
        approve: false,
        reason: "The calendar has no dates.",
      });
    } else if (v.status !== "awaiting_approval") {
      for (const country of new Set([founder.country, cofounder.country])) {
        project = await decideApproval(w.deps, w.actor(await w.moderator(country)), project.id, country, {
          approve: true,
        });
      }
    }
  }
  let invitationId: Id | undefined;
  let labelApplicationId: Id | undefined;
  let twinSpace: Pick<Fixture, "pageId" | "proposalNumber" | "materialId"> = {
    pageId: undefined,
    proposalNumber: undefined,
    materialId: undefined,
  };
  if (project.status === "active") {
    for (const teacher of [member, projectAdmin]) {
      const invitation = await inviteTeacher(w.deps, actor, project.id, teacher.id);
      await acceptInvitation(w.deps, w.actor(teacher), invitation.id);
    }
    await setMemberRole(w.deps, actor, project.id, projectAdmin.id, "admin");
    await addPupilsToProject(w.deps, actor, project.id, [pupil!.id]);
    invitationId = (await inviteTeacher(w.deps, actor, project.id, invitee.id)).id;
    if (v.kind === "european") {
      const evidence = Object.fromEntries(w.deps.criteria.criteria.map((c) => [c.id, "Shared e-book."]));
      labelApplicationId = (await applyForNationalLabel(w.deps, actor, project.id, evidence)).id;
    }
    twinSpace = await buildTwinSpace(w, founder, pupil!.id, project.id);
    // The home country's unit approved the project and looks inside, read-only (issue 15).
    await openLook(w.deps, w.actor(staff.staffRight), project.id);
    if (v.status === "closed") project = await closeProject(w.deps, actor, project.id);
  }
  const requester = await w.teacher(`Rita Requester ${n}`, await foreign("AT"));
  const pendingContact = await requestContact(w.deps, w.actor(requester), founder.id);
  const foundersContact = await w.store.read().contacts.between(founder.id, cofounder.id);
  const idea = await postIdea(w.deps, actor, { title: `Idea ${n}`, summary: "Robots for climate data." });
  const central = w.actor(staff.centralAdmin);
  const groupForm = (access: "open" | "closed") => ({
    name: `Group ${access} ${n}`,
    description: "Teachers of robotics.",
    access,
    moderatorId: founder.id,
  });
  const group = await createGroup(w.deps, central, groupForm("open"));
  await joinGroup(w.deps, w.actor(member), group.id);
  const closedGroup = await createGroup(w.deps, central, groupForm("closed"));
  await joinGroup(w.deps, w.actor(requester), closedGroup.id);
  const proposedGroup = await proposeGroup(w.deps, actor, { ...groupForm("open"), name: `Proposal ${n}` });
  const { eventId, startedEventId } = await buildEvents(w, staff, member, n);
  const message = await sendMessage(w.deps, actor, cofounder.id, "Shall we plan the next step?");
  const report = await reportMessage(w.deps, w.actor(cofounder), message.id, "Testing the reports.");

  const people = { founder, cofounder, member, projectAdmin, invitee };
  const adults = { ...people, ...staffAccounts(staff) };
  const matrixIds: Partial<Record<Persona, string>> = {};
  return {
    variant: v,
    project,
    ...people,
    invitationId,
    candidate,
    pupilId: pupil!.id,
    sparePupilId: sparePupil!.id,
    pendingContactId: pendingContact.id,
    foundersContactId: foundersContact!.id,
    ideaId: idea.id,
    groupId: group.id,
    closedGroupId: closedGroup.id,
    groupRequesterId: requester.id,
    proposedGroupId: proposedGroup.id,
    eventId,
    startedEventId,
    messageId: message.id,
    messageReportId: report.id,
    labelApplicationId,
    ...twinSpace,
    spareModeratorId: staff.spareModerator.id,
    criteria: w.deps.criteria,
    linkCode: (await createMatrixLinkCode(w.deps, w.actor(candidate))).code,
    matrixIds,
    matrixIdOf: (persona) =>
      persona === "anonymous"
        ? `@stranger-${n}:hs.example`
        : persona === "pupil"
          ? `${PUPIL_MATRIX_PREFIX}${n}:hs.example`
          : (matrixIds[persona] ?? staff.matrixIds[persona] ?? ""),
    accountOf(persona) {
      switch (persona) {
        case "anonymous":
          return undefined;
        case "pupil":
          return { id: pupil!.id };
        default:
          return adults[persona];
      }
    },
  };
}

/**
 * A file in the library (its bytes and thumbnail stored where the tool reads them), and a page
 * that shows it, published on the showcase, with a pupil's proposal pending.
 */
async function buildTwinSpace(w: World, founder: Teacher, pupilId: Id, projectId: Id) {
  const actor = { accountId: founder.id };
  const storageKey = `${projectId}/${randomUUID()}`;
  const local = join(tmpdir(), `authz-${randomUUID()}.txt`);
  writeFileSync(local, "notes");
  const storage = new DiskStorage(materialSettings().directory);
  await storage.put(storageKey, local);
  await storage.put(`${storageKey}.thumb`, local);
  const material = await addMaterial(
    w.deps,
    actor,
    projectId,
    {
      folder: "",
      name: "notes.txt",
      mediaType: "text/plain",
      size: 10,
      width: undefined,
      height: undefined,
      storageKey,
      thumbnailKey: `${storageKey}.thumb`,
    },
    DEFAULT_MATERIAL_LIMITS,
  );
  const body = `<p><a href="/app/projects/${projectId}/materials/${material.id}/file">Our notes</a></p>`;
  const page = await createPage(w.deps, actor, projectId, {
    title: "Our river",
    body,
    parentId: undefined,
    partnersMayEdit: false,
    pupilsMayPropose: true,
  });
  await publishPage(w.deps, actor, projectId, page.id, { publish: true, photoConsent: false });
  const proposal = await savePage(w.deps, { pupilId }, projectId, page.id, {
    title: "Our river",
    body: `${body}<p>Where it ends.</p>`,
    basedOn: 1,
  });
  return { pageId: page.id, proposalNumber: proposal.number, materialId: material.id };
}

/** The fixture's events (see Fixture): the started one is written as time would have left it. */
async function buildEvents(w: World, staff: Staff, member: Teacher, n: string) {
  const organiser = w.actor(staff.staffRight);
  const day = (days: number, hour: number) =>
    new Date(Date.parse(w.clock.now()) + days * 86_400_000 + hour * 3_600_000).toISOString();
  const form = (title: string) => ({
    title,
    description: "Coding without computers.",
    startsAt: day(10, 0),
    endsAt: day(10, 2),
    audience: "all",
    capacity: 20,
  });
  const event = await createOnlineEvent(w.deps, organiser, form(`Webinar ${n}`));
  await registerForOnlineEvent(w.deps, w.actor(member), event.id);
  const started = await createOnlineEvent(w.deps, organiser, form(`Started webinar ${n}`));
  await registerForOnlineEvent(w.deps, w.actor(member), started.id);
  await w.store
    .knex("online_events")
    .where({ id: started.id })
    .update({ starts_at: day(-1, 0), ends_at: day(-1, 2) });
  return { eventId: event.id, startedEventId: started.id };
}
