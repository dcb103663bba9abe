/**
 * THE AUTHORIZATION TABLE: every web route and chat command the code registers, and who may use
 * it in which project kind and status. test/authz/matrix.test.ts reads the routes from
 * createToolApp's router and the commands from the dispatcher, fails when one has no row here
 * (or a row names one that is gone), and checks every row × persona × variant on both databases.
 *
 * Adding a route is one line:   row("POST /app/projects/:id/export", founders, { form: () => ({}) }),
 *   - the first argument is the route exactly as Express registers it (method, mount + path);
 *   - the rule says who may (helpers below: nobody, everyone, signedIn, accounts, teachers,
 *     only(...), members, managers, founders, seesProject, inStatus(...), combined with both(...)
 *     and either(...)); the persona and the project fixture (test/authz/world.ts) are its
 *     arguments, so kind and status can matter;
 *   - options: `params` for the path's :names, `form` for a POST body that only authorization can
 *     refuse, `scope: "global"` for routes that do not depend on a project (run in one variant),
 *     `changes: false` for an allowed POST that writes nothing core counts.
 * Adding a command is one line in COMMANDS, with the same rules and a `proof` that only an
 * allowed answer contains.
 *
 * Allowed: 2xx/3xx and, for a POST, a write; refused: 401/403/404/422 (or a 200 re-render of a
 * POST form) with a message, and no row written. The table states today's behaviour; rows
 * marked "open question" are behaviours the product may want to change (then change the row).
 */
import type { Fixture, Persona, VariantName } from "./world.ts";
import { HOME } from "./world.ts";

export type Rule = (persona: Persona, fixture: Fixture) => boolean;
type Form = Record<string, string | string[]>;

export interface RouteRow {
  route: string;
  allow: Rule;
  /** "project": checked in every variant; "global": once; "lti": once, without an LMS launch. */
  scope: "project" | "global" | "lti";
  params: (f: Fixture) => Record<string, string>;
  form: (f: Fixture) => Form;
  /** Whether an allowed POST changes what core stores (default true). */
  changes: boolean;
  /** Sent as the upload form sends a file: multipart, with this small PDF. */
  upload: boolean;
  /** Whether the request ends the persona's session (sign-out): the next row signs in again. */
  endsSession: boolean;
}

// ---- rules -----------------------------------------------------------------------------------

const TEACHERS: readonly Persona[] = [
  "outsider",
  "invitee",
  "member",
  "projectAdmin",
  "cofounder",
  "founder",
];
const status = (f: Fixture) => f.variant.status as string;
const running = (f: Fixture) => status(f) === "active" || status(f) === "closed";
const accepted = (f: Fixture) => !["draft", "awaiting_cofounder"].includes(status(f));

export const nobody: Rule = () => false;
export const everyone: Rule = () => true;
export const signedIn: Rule = (p) => p !== "anonymous";
/** Adults signed in from their LMS: teachers, admins, moderators, national units' staff (not pupils). */
export const accounts: Rule = (p) => p !== "anonymous" && p !== "pupil";
export const teachers: Rule = (p) => TEACHERS.includes(p);
export const only =
  (...personas: Persona[]): Rule =>
  (p) =>
    personas.includes(p);
export const both =
  (...rules: Rule[]): Rule =>
  (p, f) =>
    rules.every((rule) => rule(p, f));
export const either =
  (...rules: Rule[]): Rule =>
  (p, f) =>
    rules.some((rule) => rule(p, f));
export const inStatus =
  (...statuses: string[]): Rule =>
  (_p, f) =>
    statuses.includes(status(f));

/** The founders: the co-founder only once they accepted. */
export const founders: Rule = (p, f) => p === "founder" || (p === "cofounder" && accepted(f));
/** Founders and project admins (R8). */
export const managers: Rule = (p, f) => founders(p, f) || (p === "projectAdmin" && running(f));
/** Teachers with a role in the project. */
export const members: Rule = (p, f) => managers(p, f) || (p === "member" && running(f));
/** The home country's national unit, which decides for it: its moderator and its staff (core's mayActForCountry). */
export const homeUnit: Rule = only("moderatorRight", "staffRight");

/** Who sees the project page: its teachers, the named co-founder, invitees, the national units asked, central admins; pupils added to it (R11). */
export const seesProject: Rule = (p, f) =>
  members(p, f) ||
  p === "cofounder" ||
  p === "centralAdmin" ||
  (p === "invitee" && status(f) === "active") ||
  (p === "pupil" && running(f)) ||
  (homeUnit(p, f) && accepted(f));

/** The project runs (active or closed): it has a TwinSpace and may show on the showcase. */
export const runs: Rule = (_p, f) => running(f);
/**
 * Who reads a running project's TwinSpace: its teachers, its pupils, a moderator assessing its
 * Quality Label, and the approving unit's staff during the look the fixture opened for them
 * (core's twinSpaceReader; read-only: no write row allows them).
 */
export const inTwinSpace: Rule = (p, f) =>
  running(f) &&
  (members(p, f) ||
    p === "pupil" ||
    p === "staffRight" ||
    (p === "moderatorRight" && f.labelApplicationId !== undefined));
/** The fixture's page is closed to partners and open to the pupils' proposals (core's mayEditPage, mayProposeEdit). */
const editsPage: Rule = both(inStatus("active"), either(managers, only("pupil")));

// ---- rows ------------------------------------------------------------------------------------

function row(route: string, allow: Rule, options: Partial<Omit<RouteRow, "route" | "allow">> = {}): RouteRow {
  return {
    route,
    allow,
    scope: options.scope ?? (route.includes("/projects/:id") ? "project" : "global"),
    params: options.params ?? ((f) => ({ id: f.project.id })),
    form: options.form ?? (() => ({})),
    changes: options.changes ?? true,
    endsSession: options.endsSession ?? false,
    upload: options.upload ?? false,
  };
}

const lti = { scope: "lti" } as const;
const noHomeserver = { changes: false } as const;

/** A complete, valid project form (R14), as the edit page fills it. */
const projectForm = (f: Fixture): Form => ({
  title: "Rivers, revised",
  summary: f.project.summary,
  description: f.project.description,
  subjects: [...f.project.subjects],
  languages: [...f.project.languages],
  pupilAgeMin: String(f.project.pupilAgeMin),
  pupilAgeMax: String(f.project.pupilAgeMax),
  objectives: f.project.objectives,
  curricularIntegration: f.project.curricularIntegration,
  workProcess: f.project.workProcess,
  milestone_title: f.project.milestones.map((m) => m.title),
  milestone_date: f.project.milestones.map((m) => m.dueDate),
  ictTools: f.project.ictTools,
  expectedResults: f.project.expectedResults,
  safetyRules: f.project.safetyRules,
  cofounder: f.cofounder.id,
});

/** A valid event form, in the organiser's zone (UTC unless they chose one), well after the fixture's clock. */
const eventForm: Form = {
  title: "Webinar",
  description: "Coding without computers.",
  startsAt: "2027-03-01T15:00",
  endsAt: "2027-03-01T16:00",
  programme: "15:00 Welcome",
  audience: "all",
  capacity: "30",
};

const editable: Rule = (p, f) =>
  ["draft", "declined"].includes(status(f))
    ? p === "founder"
    : ["rejected", "active"].includes(status(f)) && founders(p, f);

export const ROUTES: RouteRow[] = [
  // Public pages and the LTI endpoints: without a platform's signed launch or a registration
  // token, nobody gets further than a refusal (the allowed paths: test/lti/*.test.ts).
  row("GET /", everyone, lti),
  row("GET /healthz", everyone, lti),
  // Operators' probes; /metrics shows only counts (open question: it is unauthenticated unless METRICS_PORT moves it off).
  row("GET /readyz", everyone, lti),
  row("GET /metrics", everyone, lti),
  // The public showcase (by design): a project shows once its founders published a page, and
  // only the files that page shows (the fixture's page shows its one file).
  row("GET /showcase", everyone),
  row("GET /showcase/:id", runs, { scope: "project" }),
  row("GET /showcase/:id/materials/:materialId", runs, {
    scope: "project",
    params: (f) => ({ id: f.project.id, materialId: f.materialId ?? "none" }),
  }),
  row("GET /favicon.ico", everyone, lti),
  row("GET /signed-out", everyone, lti),
  row("GET /lti/keys", everyone, lti),
  // Without the one-minute ticket a launch just made (test/lti/session.test.ts), only someone
  // already signed in is sent on to their dashboard.
  row("GET /lti/continue", signedIn, lti),
  row("GET /lti/handoff", nobody, lti),
  // OpenID Connect for the homeserver (lti-tool/oidc/): an interaction exists only inside a
  // sign-in the homeserver started (test/oidc/twinspaceSignIn.test.ts walks it); the client
  // redirect only ever leads into MATRIX_CLIENT_URL, so it needs no session.
  row("GET /oidc/interaction/:uid", nobody, { ...lti, params: () => ({ uid: "no-such-interaction" }) }),
  row("GET /oidc/twinspace", everyone, lti),
  row("GET /lti/login", nobody, lti),
  row("POST /lti/login", nobody, lti),
  row("POST /lti/launch", nobody, lti),
  row("GET /lti/register", nobody, lti),
  row("POST /lti/register", nobody, lti),
  row("GET /lti/register/:token", nobody, { ...lti, params: () => ({ token: "not-a-token" }) }),
  row("POST /lti/register/:token", nobody, { ...lti, params: () => ({ token: "not-a-token" }) }),
  // Deep linking and the roster need the session of an LMS launch that offered them.
  row("GET /lti/deep-linking", nobody, lti),
  row("POST /lti/deep-linking", nobody, { ...lti, form: (f) => ({ project: f.project.id }) }),
  row("GET /lti/roster", nobody, lti),
  row("POST /lti/roster", nobody, lti),
  // Unsubscribing from e-mail needs no session, only the signed link an e-mail carries
  // (the allowed path: test/email/emailNotifications.test.ts).
  row("GET /email/unsubscribe/:token", nobody, { ...lti, params: () => ({ token: "not-a-token" }) }),
  row("POST /email/unsubscribe/:token", nobody, { ...lti, params: () => ({ token: "not-a-token" }) }),

  // Signed-in pages that belong to nobody's project.
  row("GET /app", signedIn),
  row("GET /app/profile", accounts),
  row("POST /app/profile", teachers, {
    form: () => ({ bio: "Science teacher.", subjects: "science", languages: "en", ages: "11-14" }),
  }),
  row("POST /app/profile/export", accounts, { changes: false }),
  // E-mail choices are the person's own settings, not a use case's event.
  row("POST /app/profile/email", accounts, {
    changes: false,
    form: () => ({
      contacts: "digest",
      messages: "immediate",
      invitations: "immediate",
      decisions: "immediate",
      projects: "never",
      roles: "digest",
      events: "immediate",
      school: "never",
    }),
  }),
  // The interface language is the person's own setting, not a use case's event; "" keeps the
  // launch's, so the personas of later rows keep theirs.
  row("POST /app/profile/language", accounts, { changes: false, form: () => ({ locale: "" }) }),
  // The time zone of events pages and event e-mails; the events pages post here too.
  row("POST /app/profile/time-zone", accounts, { form: () => ({ timeZone: "Europe/Rome" }) }),
  // Without a session there is nothing to end: it only leads to the signed-out page.
  row("POST /sign-out", everyone, { changes: false, endsSession: true }),
  // A new window's copy of one's own session, for the Matrix client's sign-in; the rooms it
  // leads to are the homeserver's to guard.
  row("POST /app/twinspace", signedIn, { form: () => ({ room: "!space:school.example" }), changes: false }),
  // Teaching's own pages refuse accounts without a teacher record: staff, moderators, admins (core's requireTeaching).
  row("GET /app/search", teachers),
  row("GET /app/contacts", teachers),
  row(
    "POST /app/contacts/request",
    both(teachers, (p) => p !== "invitee"),
    {
      form: (f) => ({ teacherId: f.invitee.id }),
    },
  ),
  row("POST /app/contacts/:id/accept", only("founder"), { params: (f) => ({ id: f.pendingContactId }) }),
  row("POST /app/contacts/:id/decline", only("founder"), { params: (f) => ({ id: f.pendingContactId }) }),
  row("POST /app/contacts/:id/remove", only("founder", "cofounder"), {
    params: (f) => ({ id: f.foundersContactId }),
  }),
  // The partner-finding board: teachers only (staff and pupils are not looking for partners).
  row("GET /app/ideas", teachers, { scope: "global" }),
  row("GET /app/ideas/new", teachers, { scope: "global" }),
  row("POST /app/ideas/new", teachers, {
    scope: "global",
    form: () => ({
      title: "Weather stations",
      summary: "Pupils compare their weather.",
      partnerScope: "abroad",
    }),
  }),
  row("GET /app/ideas/:id", teachers, { scope: "global", params: (f) => ({ id: f.ideaId }) }),
  // Others see the idea itself instead of the form.
  row("GET /app/ideas/:id/edit", teachers, { scope: "global", params: (f) => ({ id: f.ideaId }) }),
  row("POST /app/ideas/:id/edit", only("founder"), {
    scope: "global",
    params: (f) => ({ id: f.ideaId }),
    form: () => ({
      title: "Weather stations",
      summary: "Pupils compare their weather.",
      partnerScope: "any",
    }),
  }),
  row("POST /app/ideas/:id/renew", only("founder"), { scope: "global", params: (f) => ({ id: f.ideaId }) }),
  row("POST /app/ideas/:id/withdraw", only("founder"), {
    scope: "global",
    params: (f) => ({ id: f.ideaId }),
  }),
  row(
    "POST /app/ideas/:id/reply",
    both(teachers, (p) => p !== "founder"),
    { scope: "global", params: (f) => ({ id: f.ideaId }) },
  ),
  // Teachers' messages (issue 16): teachers only, never pupils; writing between contacts only
  // (the founder and the co-founder are contacts in every variant).
  row("GET /app/messages", teachers),
  row(
    "GET /app/messages/with/:teacherId",
    both(teachers, (p) => p !== "founder"),
    {
      params: (f) => ({ teacherId: f.founder.id }),
    },
  ),
  row("POST /app/messages/with/:teacherId", only("cofounder"), {
    params: (f) => ({ teacherId: f.founder.id }),
    form: () => ({ body: "See you on Monday." }),
  }),
  row(
    "POST /app/messages/with/:teacherId/block",
    both(teachers, (p) => p !== "founder"),
    {
      params: (f) => ({ teacherId: f.founder.id }),
    },
  ),
  // Nobody has blocked the founder: an allowed unblock has nothing to undo.
  row("POST /app/messages/with/:teacherId/unblock", teachers, {
    params: (f) => ({ teacherId: f.founder.id }),
    changes: false,
  }),
  // The co-founder reported the message already; only a recipient may, and only once.
  row("POST /app/messages/:messageId/report", nobody, {
    params: (f) => ({ messageId: f.messageId }),
    form: () => ({ reason: "Unkind." }),
  }),
  row("GET /app/messages/project/:id", members, { scope: "project" }),
  row("POST /app/messages/project/:id", founders, {
    scope: "project",
    form: () => ({ body: "Meeting on Friday." }),
  }),
  // Groups: teachers only; the founder moderates the fixture's groups (test/authz/world.ts).
  row("GET /app/groups", teachers),
  row("GET /app/groups/new", teachers),
  row("POST /app/groups/new", teachers, {
    form: () => ({ name: "Robotics", description: "Robots in class.", access: "open" }),
  }),
  // Central admins read a group's page too (they approve proposals from it).
  row("GET /app/groups/:id", either(teachers, only("centralAdmin")), { params: (f) => ({ id: f.groupId }) }),
  // The founder moderates and the member already belongs: refused as "already in this group".
  row(
    "POST /app/groups/:id/join",
    both(teachers, (p) => p !== "founder" && p !== "member"),
    { params: (f) => ({ id: f.groupId }) },
  ),
  row("POST /app/groups/:id/leave", only("member"), { params: (f) => ({ id: f.groupId }) }),
  row("POST /app/groups/:id/requests/:teacherId/accept", only("founder"), {
    params: (f) => ({ id: f.closedGroupId, teacherId: f.groupRequesterId }),
  }),
  row("POST /app/groups/:id/requests/:teacherId/decline", only("founder"), {
    params: (f) => ({ id: f.closedGroupId, teacherId: f.groupRequesterId }),
  }),
  row("POST /app/groups/:id/members/:teacherId/remove", only("founder"), {
    params: (f) => ({ id: f.groupId, teacherId: f.member.id }),
  }),
  row("GET /app/admin/groups", only("centralAdmin")),
  row("POST /app/admin/groups/new", only("centralAdmin"), {
    form: (f) => ({
      name: "Climate",
      description: "Weather data.",
      access: "closed",
      moderatorId: f.founder.id,
    }),
  }),
  row("POST /app/admin/groups/:id/approve", only("centralAdmin"), {
    params: (f) => ({ id: f.proposedGroupId }),
  }),
  row("POST /app/admin/groups/:id/decline", only("centralAdmin"), {
    params: (f) => ({ id: f.proposedGroupId }),
  }),
  // Training and events: organisers are national units' staff (their country) and the central
  // support service; the fixture's events are Italy's, for all teachers, with the member registered.
  row("GET /app/events", accounts),
  row("GET /app/events/organised", only("staffRight", "staffWrong", "centralAdmin")),
  row("GET /app/events/new", only("staffRight", "staffWrong", "centralAdmin")),
  row("POST /app/events/new", only("staffRight", "staffWrong", "centralAdmin"), {
    form: () => eventForm,
  }),
  row("GET /app/events/:id", either(teachers, only("staffRight", "centralAdmin")), {
    params: (f) => ({ id: f.eventId }),
  }),
  row("GET /app/events/:id/edit", only("staffRight", "centralAdmin"), { params: (f) => ({ id: f.eventId }) }),
  row("POST /app/events/:id/edit", only("staffRight", "centralAdmin"), {
    params: (f) => ({ id: f.eventId }),
    form: () => ({ ...eventForm, title: "Webinar, revised" }),
  }),
  row("POST /app/events/:id/cancel", only("staffRight", "centralAdmin"), {
    params: (f) => ({ id: f.eventId }),
  }),
  // The member is registered already: refused as "already registered".
  row(
    "POST /app/events/:id/register",
    both(teachers, (p) => p !== "member"),
    { params: (f) => ({ id: f.eventId }) },
  ),
  row("POST /app/events/:id/leave", only("member"), { params: (f) => ({ id: f.eventId }) }),
  row("POST /app/events/:id/attendance", only("staffRight", "centralAdmin"), {
    params: (f) => ({ id: f.startedEventId }),
    form: (f) => ({ attended: f.member.id }),
  }),
  row("GET /app/projects/new", teachers),
  row("POST /app/projects/new", teachers, { form: (f) => ({ ...projectForm(f), cofounder: "" }) }),
  row("GET /app/notifications", accounts),
  row("POST /app/notifications/read", accounts, { changes: false }),
  row("GET /app/matrix", accounts),
  row("POST /app/matrix/code", accounts, noHomeserver),
  row("POST /app/matrix/unlink", accounts),
  row("GET /app/pupils", teachers),
  // Without a homeserver these only send the teacher back to /app/pupils (Synapse: test/pages/matrixAccount.test.ts).
  row("POST /app/pupils/sheet", either(teachers, only("pupil")), {
    ...noHomeserver,
    form: (f) => ({ pupil: f.pupilId }),
  }),
  row("POST /app/pupils/:pupilId/account/remove", either(teachers, only("pupil")), {
    ...noHomeserver,
    params: (f) => ({ pupilId: f.pupilId }),
  }),
  row("GET /app/moderation", only("moderatorRight", "moderatorWrong", "staffRight", "staffWrong")),
  row("GET /app/moderation/:country/dashboard", homeUnit, {
    params: () => ({ country: HOME }),
  }),
  // GDPR: the LMS Administrator of the person's school or a central admin; a person exports
  // their own data too, but nobody erases themselves (the founder is at the admin's school).
  row("GET /app/privacy", only("schoolAdmin", "centralAdmin")),
  row("POST /app/privacy/export/:kind/:id", only("founder", "schoolAdmin", "centralAdmin"), {
    params: (f) => ({ kind: "account", id: f.founder.id }),
    changes: false,
  }),
  row("GET /app/privacy/erase/:kind/:id", only("schoolAdmin", "centralAdmin"), {
    params: (f) => ({ kind: "account", id: f.founder.id }),
  }),
  row("POST /app/privacy/erase/:kind/:id", only("schoolAdmin", "centralAdmin"), {
    params: (f) => ({ kind: "account", id: f.founder.id }),
  }),
  row("GET /app/admin", only("centralAdmin")),
  row("GET /app/admin/registration-links", only("centralAdmin")),
  // The link's token is stored on the LTI side, not in core's tables.
  row("POST /app/admin/registration-links", only("centralAdmin"), {
    form: () => ({ kind: "school", schoolName: "Liceo Nuovo", country: HOME }),
    changes: false,
  }),
  row("GET /app/school", only("schoolAdmin")),
  row("POST /app/school/registration-link", only("schoolAdmin"), { changes: false }),
  // A national unit's staff and moderators of its own country (core's mayActForCountry).
  row("GET /app/national-unit/:country/projects", homeUnit, {
    params: () => ({ country: HOME }),
  }),
  row("GET /app/national-unit/:country/projects.csv", homeUnit, {
    params: () => ({ country: HOME }),
  }),
  row("GET /app/national-unit/:country/all-schools", homeUnit, {
    params: () => ({ country: HOME }),
  }),
  row("GET /app/national-unit/:country/all-schools.csv", homeUnit, {
    params: () => ({ country: HOME }),
  }),
  row("GET /app/national-unit/:country/teachers", homeUnit, {
    params: () => ({ country: HOME }),
  }),
  row("GET /app/national-unit/:country/teachers.csv", homeUnit, {
    params: () => ({ country: HOME }),
  }),
  row("GET /app/national-unit/:country/figures", homeUnit, {
    params: () => ({ country: HOME }),
  }),
  // Reports on messages go to the unit of the sender's country (the founder is Italian).
  row("GET /app/national-unit/:country/message-reports", homeUnit, {
    params: () => ({ country: HOME }),
  }),
  row("GET /app/national-unit/:country/message-reports/:reportId", homeUnit, {
    params: (f) => ({ country: HOME, reportId: f.messageReportId }),
  }),
  row("POST /app/national-unit/:country/message-reports/:reportId/resolve", homeUnit, {
    params: (f) => ({ country: HOME, reportId: f.messageReportId }),
  }),
  // Vouching for schools is the unit's staff's alone, not a moderating teacher's.
  row("GET /app/national-unit/:country/schools", only("staffRight"), { params: () => ({ country: HOME }) }),
  row("POST /app/national-unit/:country/schools/:schoolId", only("staffRight"), {
    params: (f) => ({ country: HOME, schoolId: f.founder.schoolId }),
    form: () => ({ decision: "confirm" }),
  }),
  // The eTwinning School label: a school's teachers and its admin see their own school's page;
  // the matrix's schools are too new to meet the computed criteria, so nobody may apply here
  // (allowed paths: test/pages/schoolLabels.test.ts). The national unit of the school's country decides.
  row("GET /app/school-label", either(teachers, only("schoolAdmin"))),
  row("POST /app/school-label", nobody, { form: () => ({ esafety: "Our e-safety policy." }) }),
  row("GET /app/national-unit/:country/school-labels", homeUnit, {
    params: () => ({ country: HOME }),
  }),
  row("POST /app/national-unit/:country/school-labels/:labelId", nobody, {
    params: () => ({ country: HOME, labelId: "none" }),
    form: () => ({ decision: "award" }),
  }),
  row("POST /app/admin/school-policy", only("centralAdmin"), {
    form: () => ({ country: "FR", enabled: "on", from: "2026-09-01", until: "2027-06-30" }),
  }),
  row("POST /app/admin/school-policy/remove", only("centralAdmin"), { form: () => ({ country: "FR" }) }),
  row("POST /app/admin/membership-policy", only("centralAdmin"), { form: () => ({ foreign: "on" }) }),
  row("POST /app/admin/moderators", only("centralAdmin"), {
    form: (f) => ({ email: f.candidate.email, country: "PT" }),
  }),
  row("POST /app/admin/moderators/remove", only("centralAdmin"), {
    form: (f) => ({ accountId: f.spareModeratorId, country: "PT" }),
  }),

  // A project's pages and actions, in every kind and status.
  row("GET /app/projects/:id", seesProject),
  row("GET /app/projects/:id/edit", editable),
  row("POST /app/projects/:id/edit", editable, { form: projectForm }),
  row("POST /app/projects/:id/submit", both(only("founder"), inStatus("draft", "declined"))),
  row("POST /app/projects/:id/withdraw", both(only("founder"), inStatus("awaiting_cofounder"))),
  row("POST /app/projects/:id/resubmit", both(founders, inStatus("rejected"))),
  row("POST /app/projects/:id/cofounder", both(only("cofounder"), inStatus("awaiting_cofounder")), {
    form: () => ({ decision: "accept" }),
  }),
  row("POST /app/projects/:id/close", both(founders, inStatus("active")), {
    form: () => ({ confirm: "yes" }),
  }),
  // Membership changes stay possible after closing: the use cases check roles, not the
  // status (open question).
  row("POST /app/projects/:id/leave", both(only("member", "projectAdmin"), inStatus("active", "closed"))),
  row("POST /app/projects/:id/approvals/:country", both(homeUnit, inStatus("awaiting_approval")), {
    params: (f) => ({ id: f.project.id, country: HOME }),
    form: () => ({ decision: "approve" }),
  }),
  row("POST /app/moderation/:projectId/:country", both(homeUnit, inStatus("awaiting_approval")), {
    scope: "project",
    params: (f) => ({ projectId: f.project.id, country: HOME }),
    form: () => ({ decision: "approve" }),
  }),
  row("POST /app/projects/:id/invite", both(managers, inStatus("active")), {
    form: (f) => ({ teacherId: f.candidate.id }),
  }),
  row("POST /app/projects/:id/invitations/:invitationId/cancel", both(managers, inStatus("active")), {
    params: (f) => ({ id: f.project.id, invitationId: f.invitationId ?? "none" }),
  }),
  row("POST /app/invitations/:id/accept", both(only("invitee"), inStatus("active")), {
    scope: "project",
    params: (f) => ({ id: f.invitationId ?? "none" }),
  }),
  row("POST /app/invitations/:id/decline", both(only("invitee"), inStatus("active")), {
    scope: "project",
    params: (f) => ({ id: f.invitationId ?? "none" }),
  }),
  row("POST /app/projects/:id/members/:teacherId/role", both(founders, inStatus("active", "closed")), {
    params: (f) => ({ id: f.project.id, teacherId: f.member.id }),
    form: () => ({ role: "admin" }),
  }),
  row("POST /app/projects/:id/members/:teacherId/remove", both(managers, inStatus("active", "closed")), {
    params: (f) => ({ id: f.project.id, teacherId: f.member.id }),
    form: () => ({ reason: "Moved to another school." }),
  }),
  row("POST /app/projects/:id/pupils", both(only("founder"), inStatus("active")), {
    form: (f) => ({ pupil: f.sparePupilId }),
  }),
  row("POST /app/projects/:id/pupils/:pupilId/remove", both(managers, inStatus("active", "closed")), {
    params: (f) => ({ id: f.project.id, pupilId: f.pupilId }),
  }),
  // TwinSpace pages and materials: only the project's own people, once it runs.
  row("GET /app/projects/:id/pages", inTwinSpace),
  row("POST /app/projects/:id/pages", both(managers, inStatus("active")), {
    form: () => ({ title: "Field trip", body: "<p>The plan.</p>" }),
  }),
  row("POST /app/projects/:id/pages/milestones", both(managers, inStatus("active")), {
    form: (f) => ({
      title: f.project.milestones[0]?.title ?? "",
      due_date: f.project.milestones[0]?.dueDate ?? "",
      done: "yes",
    }),
  }),
  row("GET /app/projects/:id/pages/:pageId", inTwinSpace, { params: pageParams }),
  row("GET /app/projects/:id/pages/:pageId/edit", editsPage, { params: pageParams }),
  row("POST /app/projects/:id/pages/:pageId/edit", editsPage, {
    params: pageParams,
    form: () => ({ title: "Our river", body: "<p>Revised.</p>", based_on: "1" }),
  }),
  row("GET /app/projects/:id/pages/:pageId/history", both(members, runs), { params: pageParams }),
  row("POST /app/projects/:id/pages/:pageId/access", both(managers, inStatus("active")), {
    params: pageParams,
    form: () => ({ partners_may_edit: "on" }),
  }),
  // Showcasing stays possible after closing (open question: core's publishPage checks the role, not the status).
  row("POST /app/projects/:id/pages/:pageId/publish", both(founders, runs), {
    params: pageParams,
    form: () => ({ publish: "no" }),
  }),
  row("POST /app/projects/:id/pages/:pageId/restore", both(managers, inStatus("active")), {
    params: pageParams,
    form: () => ({ number: "1" }),
  }),
  row("GET /app/projects/:id/pages/:pageId/proposals/:number", both(managers, runs), {
    params: proposalParams,
  }),
  row("POST /app/projects/:id/pages/:pageId/proposals/:number", both(managers, inStatus("active")), {
    params: proposalParams,
    form: () => ({ decision: "approve" }),
  }),
  row("GET /app/projects/:id/materials", inTwinSpace),
  row("POST /app/projects/:id/materials", both(members, inStatus("active")), {
    upload: true,
    form: () => ({ folder: "Trip" }),
  }),
  row("GET /app/projects/:id/materials/:materialId/file", inTwinSpace, { params: materialParams }),
  row("GET /app/projects/:id/materials/:materialId/thumbnail", inTwinSpace, { params: materialParams }),
  // The uploader (here the founder) and the managers remove a file, in a closed project too
  // (open question: pages freeze when a project closes, the library does not).
  row("POST /app/projects/:id/materials/:materialId/remove", both(managers, runs), {
    params: materialParams,
  }),
  // A national unit's read-only look inside a running TwinSpace (issue 15): the approving unit's
  // staff and the central support service. The fixture already opened the home staff's look, so
  // their button answers with it and stores nothing new (test/pages/twinspaceLook.test.ts).
  row("POST /app/projects/:id/look", both(only("staffRight", "centralAdmin"), runs), { changes: false }),
  // The shared rooms' history during the look (without a homeserver: "being prepared").
  row("GET /app/projects/:id/look/:purpose", both(only("staffRight"), runs), {
    params: (f) => ({ id: f.project.id, purpose: "general" }),
  }),
  // Quality Labels (R12–R13): the founder has applied already; other members may, in european projects.
  row("GET /app/projects/:id/label", members),
  row(
    "POST /app/projects/:id/label",
    both(members, (p, f) => p !== "founder" && f.variant.kind === "european" && running(f)),
    { form: (f) => evidence(f, "Our shared e-book and the pupils' maps.") },
  ),
  // Certificates (lti-tool/certificates/): a teacher of a running project asks for their own
  // certificate of participation (core's CERTIFICATE_KINDS decide); the PDF and the public check
  // need the certificate's random id, which only its holder gets (allowed paths:
  // test/pages/certificates.test.ts).
  row("GET /app/certificates", teachers),
  row("POST /app/certificates/:kind/:subjectId", both(members, runs), {
    scope: "project",
    params: (f) => ({ kind: "participation", subjectId: f.project.id }),
  }),
  row("GET /app/certificates/pdf/:certificateId", nobody, {
    params: () => ({ certificateId: "not-a-certificate" }),
  }),
  row("GET /verify/:token", nobody, { ...lti, params: () => ({ token: "not-a-token" }) }),
  row("GET /app/moderation/labels/:applicationId", both(homeUnit, labelled), {
    scope: "project",
    params: (f) => ({ applicationId: f.labelApplicationId ?? "none" }),
  }),
  row("POST /app/moderation/labels/:applicationId", both(homeUnit, labelled), {
    scope: "project",
    params: (f) => ({ applicationId: f.labelApplicationId ?? "none" }),
    form: (f) => assessment(f),
  }),
  // The European Quality Label: the central support service only. The fixture's project has no
  // National Quality Labels in two countries, so it is nobody's candidate (the allowed path:
  // test/pages/europeanLabels.test.ts).
  row("GET /app/european-labels", only("centralAdmin")),
  row("GET /app/european-labels/:id", nobody),
  row("POST /app/european-labels/:id", nobody, { form: (f) => ({ ...assessment(f), decision: "award" }) }),
];

function pageParams(f: Fixture): Record<string, string> {
  return { id: f.project.id, pageId: f.pageId ?? "none" };
}

function proposalParams(f: Fixture): Record<string, string> {
  return { ...pageParams(f), number: String(f.proposalNumber ?? 2) };
}

function materialParams(f: Fixture): Record<string, string> {
  return { id: f.project.id, materialId: f.materialId ?? "none" };
}

function labelled(_p: Persona, f: Fixture): boolean {
  return f.labelApplicationId !== undefined;
}

function evidence(f: Fixture, text: string): Form {
  return Object.fromEntries(f.criteria.criteria.map((c) => [`evidence_${c.id}`, text]));
}

function assessment(f: Fixture): Form {
  return {
    decision: "save",
    ...Object.fromEntries(f.criteria.criteria.map((c) => [`score_${c.id}`, String(c.scaleMax)])),
    ...Object.fromEntries(f.criteria.requirements.map((r) => [`requirement_${r.id}`, "yes"])),
  };
}

/** The file an upload row sends: the smallest document the library accepts. */
export const UPLOADED_PDF = {
  name: "plan.pdf",
  bytes: new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
};

/** Routes of global scope run once, in this variant. */
export const GLOBAL_VARIANT: VariantName = "active_european";

// ---- chat commands ---------------------------------------------------------------------------

export interface CommandRow {
  name: string;
  room: "project" | "national_unit" | "direct";
  allow: Rule;
  /** The message after the prefix. */
  body: (f: Fixture) => string;
  /** Text only an allowed answer contains. */
  proof: (f: Fixture) => string;
}

const shortRef = (id: string | undefined) => (id ?? "none").slice(0, 8);

export const COMMANDS: CommandRow[] = [
  { name: "members", room: "project", allow: members, body: () => "members", proof: (f) => f.project.title },
  { name: "status", room: "project", allow: members, body: () => "status", proof: (f) => f.project.title },
  {
    name: "milestones",
    room: "project",
    allow: members,
    body: () => "milestones",
    proof: (f) => f.project.title,
  },
  {
    name: "invite",
    room: "project",
    allow: both(managers, inStatus("active")),
    body: (f) => `invite ${f.candidate.email}`,
    proof: (f) => f.candidate.name,
  },
  // Whoever holds the code links a Matrix ID that is not linked elsewhere, a pupil's bot-made
  // account too (open question: the dispatcher knows pupils' accounts but does not refuse them here).
  {
    name: "link",
    room: "direct",
    allow: only("anonymous", "pupil"),
    body: (f) => `link ${f.linkCode}`,
    proof: (f) => f.candidate.name,
  },
  {
    name: "projects",
    room: "direct",
    allow: either(members, only("cofounder")),
    body: () => "projects",
    proof: (f) => f.project.title,
  },
  {
    name: "invitations",
    room: "direct",
    allow: both(only("invitee"), inStatus("active")),
    body: () => "invitations",
    proof: (f) => f.project.title,
  },
  {
    name: "accept",
    room: "direct",
    allow: both(only("invitee"), inStatus("active")),
    body: (f) => `accept ${shortRef(f.invitationId)}`,
    proof: (f) => f.project.title,
  },
  {
    name: "decline",
    room: "direct",
    allow: both(only("invitee"), inStatus("active")),
    body: (f) => `decline ${shortRef(f.invitationId)}`,
    proof: (f) => f.project.title,
  },
  {
    name: "pending",
    room: "national_unit",
    allow: both(homeUnit, inStatus("awaiting_approval")),
    body: () => "pending",
    proof: (f) => f.project.title,
  },
  {
    name: "show",
    room: "national_unit",
    allow: both(homeUnit, inStatus("awaiting_approval")),
    body: (f) => `show ${shortRef(f.project.id)}`,
    proof: (f) => f.project.title,
  },
  {
    name: "approve",
    room: "national_unit",
    allow: both(homeUnit, inStatus("awaiting_approval")),
    body: (f) => `approve ${shortRef(f.project.id)}`,
    proof: (f) => f.project.title,
  },
  {
    name: "reject",
    room: "national_unit",
    allow: both(homeUnit, inStatus("awaiting_approval")),
    body: (f) => `reject ${shortRef(f.project.id)} "No dates in the calendar."`,
    proof: (f) => f.project.title,
  },
];
