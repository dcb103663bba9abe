import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptCofounder,
  acceptInvitation,
  addPupilsToProject,
  applyForNationalLabel,
  assessLabelApplication,
  assessEuropeanLabel,
  decideEuropeanLabel,
  awardPrize,
  closeProject,
  createProject,
  DEFAULT_QUALITY_CRITERIA,
  decideApproval,
  decideLabelApplication,
  declineCofounder,
  inviteTeacher,
  leaveProject,
  nominateForEuropeanLabel,
  registerPupils,
  registerTeacherFromLaunch,
  requestContact,
  resubmitProject,
  setMemberRole,
  setMembershipPolicy,
  setSchoolProjectPolicy,
  type Teacher,
  updateProject,
} from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";

const evidence = Object.fromEntries(
  DEFAULT_QUALITY_CRITERIA.criteria.map((c) => [c.id, `How we did ${c.id}`]),
);
const fullScores = Object.fromEntries(DEFAULT_QUALITY_CRITERIA.criteria.map((c) => [c.id, 4]));
const allMet = Object.fromEntries(DEFAULT_QUALITY_CRITERIA.requirements.map((r) => [r.id, true]));

describe.each(DATABASE_KINDS)("rules R1–R14 through the use cases on %s", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await World.create(kind);
  });
  afterAll(async () => {
    await w.destroy();
  });

  async function pair(countryA = "IT", countryB = "FR"): Promise<[Teacher, Teacher]> {
    const a = await w.teacher("Anna Rossi", await w.school("Liceo Galilei", countryA));
    const b = await w.teacher("Bruno Martin", await w.school("Collège Hugo", countryB));
    return [a, b];
  }

  describe("R1 only registered teachers take part", () => {
    it("registers a teacher on the first launch from a bound deployment and updates them later", async () => {
      const school = await w.school("IC Dante", "IT");
      const identity = {
        issuer: "https://moodle.example",
        subject: "u-1",
        name: "Carla Verdi",
        email: "carla@example.org",
        locale: "it",
      };
      const first = await registerTeacherFromLaunch(w.deps, identity, school.id);
      expect(first.created).toBe(true);
      expect(first.teacher).toMatchObject({ name: "Carla Verdi", country: "IT", schoolId: school.id });
      const again = await registerTeacherFromLaunch(
        w.deps,
        { ...identity, name: "Carla Verdi Bianchi" },
        school.id,
      );
      expect(again.created).toBe(false);
      expect(again.teacher.id).toBe(first.teacher.id);
      expect(again.teacher.name).toBe("Carla Verdi Bianchi");
    });

    it("refuses a launch from a deployment bound to no school, and accounts that are not teachers", async () => {
      const identity = {
        issuer: "https://moodle.example",
        subject: "u-unbound",
        name: "X",
        email: "",
        locale: "en",
      };
      await expect(registerTeacherFromLaunch(w.deps, identity, undefined)).rejects.toMatchObject({
        code: "deployment_not_bound",
      });
      const admin = await w.account("School admin");
      const [, b] = await pair();
      await expect(requestContact(w.deps, w.actor(admin), b.id)).rejects.toMatchObject({
        code: "not_registered_teacher",
      });
    });
  });

  describe("R2 contacts are mutual; the co-founder must be one", () => {
    it("a request becomes a contact only once accepted, and the co-founder can then be chosen", async () => {
      const [a, b] = await pair();
      await requestContact(w.deps, w.actor(a), b.id);
      await expect(
        createProject(w.deps, w.actor(a), { form: w.form(), cofounderId: b.id }),
      ).rejects.toMatchObject({ code: "cofounder_not_contact" });
      const contact = (await w.store.read().contacts.between(a.id, b.id))!;
      await expect(requestContact(w.deps, w.actor(a), b.id)).rejects.toMatchObject({
        code: "contact_exists",
      });
      // b asking a back is an acceptance
      await requestContact(w.deps, w.actor(b), a.id);
      expect((await w.store.read().contacts.get(contact.id))?.status).toBe("accepted");
      const project = await createProject(w.deps, w.actor(a), { form: w.form(), cofounderId: b.id });
      expect(project.cofounderId).toBe(b.id);
    });

    it("refuses oneself as contact", async () => {
      const [a] = await pair();
      await expect(requestContact(w.deps, w.actor(a), a.id)).rejects.toMatchObject({ code: "contact_self" });
    });
  });

  describe("R3 exactly two founders; the co-founder accepts or declines", () => {
    it("the invited co-founder accepts and both become founders", async () => {
      const [a, b] = await pair();
      const project = await w.projectAwaitingApproval(a, b);
      const members = await w.store.read().members.teachers(project.id);
      expect(members.map((m) => [m.teacherId, m.role]).sort()).toEqual(
        [
          [a.id, "founder"],
          [b.id, "founder"],
        ].sort(),
      );
      expect(project.status).toBe("awaiting_approval");
    });

    it("only the co-founder decides; a declined project goes back to the founder", async () => {
      const [a, b] = await pair();
      const c = await w.teacher("Chiara", await w.school("Other", "IT"));
      await w.contacts(a, b);
      const project = await createProject(w.deps, w.actor(a), {
        form: w.form(),
        cofounderId: b.id,
        submit: true,
      });
      await expect(acceptCofounder(w.deps, w.actor(c), project.id)).rejects.toMatchObject({
        code: "not_cofounder",
      });
      const declined = await declineCofounder(w.deps, w.actor(b), project.id);
      expect(declined.status).toBe("declined");
    });

    it("refuses a third founder", async () => {
      const [a, b] = await pair();
      const c = await w.teacher("Chiara", await w.school("Third", "DE"));
      await w.contacts(a, c);
      const project = await w.activeProject(a, b);
      await expect(
        updateProject(w.deps, w.actor(a), project.id, { cofounderId: c.id }),
      ).rejects.toMatchObject({
        code: "third_founder",
      });
      await inviteTeacher(w.deps, w.actor(a), project.id, c.id);
      const invitation = (await w.store.read().invitations.pendingForTeacher(c.id))[0]!;
      await acceptInvitation(w.deps, w.actor(c), invitation.id);
      await expect(setMemberRole(w.deps, w.actor(a), project.id, c.id, "founder")).rejects.toMatchObject({
        code: "third_founder",
      });
      await setMemberRole(w.deps, w.actor(a), project.id, c.id, "admin");
      expect(await w.store.read().members.role(project.id, c.id)).toBe("admin");
    });

    it("refuses oneself as co-founder", async () => {
      const [a] = await pair();
      await expect(
        createProject(w.deps, w.actor(a), { form: w.form(), cofounderId: a.id }),
      ).rejects.toMatchObject({
        code: "cofounder_is_founder",
      });
    });
  });

  describe("R4 the kind follows from the founders", () => {
    it("european, national and school", async () => {
      const [a, b] = await pair("IT", "FR");
      expect((await w.projectAwaitingApproval(a, b)).kind).toBe("european");
      const [c, d] = await pair("IT", "IT");
      expect((await w.projectAwaitingApproval(c, d)).kind).toBe("national");
      await setSchoolProjectPolicy(w.deps, w.actor(await w.centralAdmin()), "IT", { enabled: true });
      const school = await w.school("IC Leopardi", "IT");
      const e = await w.teacher("Elena", school);
      const f = await w.teacher("Fabio", school);
      expect((await w.projectAwaitingApproval(e, f)).kind).toBe("school");
      await setSchoolProjectPolicy(w.deps, w.actor(await w.centralAdmin()), "IT", undefined);
    });
  });

  describe("R5 school projects only while the policy allows them", () => {
    it("refuses a school project while closed, allows it when a central admin opens it", async () => {
      const school = await w.school("IC Manzoni", "IT");
      const e = await w.teacher("Elena", school);
      const f = await w.teacher("Fabio", school);
      await w.contacts(e, f);
      await expect(
        createProject(w.deps, w.actor(e), { form: w.form(), cofounderId: f.id, submit: true }),
      ).rejects.toMatchObject({ code: "school_projects_closed" });
      expect(await w.store.read().projects.listForTeacher(e.id)).toEqual([]); // nothing half-written
      const admin = await w.centralAdmin();
      await expect(
        setSchoolProjectPolicy(w.deps, w.actor(e), undefined, { enabled: true }),
      ).rejects.toMatchObject({
        code: "not_central_admin",
      });
      await setSchoolProjectPolicy(w.deps, w.actor(admin), undefined, {
        enabled: true,
        from: "2026-11-01",
        until: "2027-06-30",
      });
      const project = await createProject(w.deps, w.actor(e), {
        form: w.form(),
        cofounderId: f.id,
        submit: true,
      });
      expect(project).toMatchObject({ kind: "school", status: "awaiting_cofounder" });
      // the policy closes before the co-founder accepts: refused then too
      await setSchoolProjectPolicy(w.deps, w.actor(admin), undefined, { enabled: false });
      await expect(acceptCofounder(w.deps, w.actor(f), project.id)).rejects.toMatchObject({
        code: "school_projects_closed",
      });
    });
  });

  describe("R6 each founder's national unit approves; moderators decide for their own country", () => {
    it("a european project needs both units; a moderator of a third country cannot decide", async () => {
      const [a, b] = await pair("IT", "FR");
      const project = await w.projectAwaitingApproval(a, b);
      const de = await w.moderator("DE");
      await expect(
        decideApproval(w.deps, w.actor(de), project.id, "DE", { approve: true }),
      ).rejects.toMatchObject({
        code: "no_pending_approval",
      });
      await expect(
        decideApproval(w.deps, w.actor(de), project.id, "IT", { approve: true }),
      ).rejects.toMatchObject({
        code: "not_moderator_for_country",
      });
      const afterItaly = await decideApproval(w.deps, w.actor(await w.moderator("IT")), project.id, "IT", {
        approve: true,
      });
      expect(afterItaly.status).toBe("awaiting_approval");
      const afterFrance = await decideApproval(w.deps, w.actor(await w.moderator("FR")), project.id, "FR", {
        approve: true,
      });
      expect(afterFrance.status).toBe("active");
    });

    it("a rejection needs a reason, stops the project until the founders resubmit", async () => {
      const [a, b] = await pair("IT", "FR");
      const project = await w.projectAwaitingApproval(a, b);
      const it_ = await w.moderator("IT");
      await expect(
        decideApproval(w.deps, w.actor(it_), project.id, "IT", { approve: false, reason: " " }),
      ).rejects.toMatchObject({
        code: "rejection_reason_required",
      });
      const rejected = await decideApproval(w.deps, w.actor(it_), project.id, "IT", {
        approve: false,
        reason: "Add a calendar per class",
      });
      expect(rejected.status).toBe("rejected");
      await expect(
        decideApproval(w.deps, w.actor(await w.moderator("FR")), project.id, "FR", { approve: true }),
      ).rejects.toMatchObject({ code: "no_pending_approval" });
      await updateProject(w.deps, w.actor(b), project.id, {
        form: w.form({ workProcess: "Weekly tasks per class" }),
      });
      const resubmitted = await resubmitProject(w.deps, w.actor(b), project.id);
      expect(resubmitted).toMatchObject({ status: "awaiting_approval", approvalRound: 2 });
      const round = await w.store.read().approvals.forRound(project.id, 2);
      expect(round.map((r) => [r.country, r.status])).toEqual([
        ["FR", "pending"],
        ["IT", "pending"],
      ]);
    });

    it("a national project needs its one unit", async () => {
      const [a, b] = await pair("ES", "ES");
      const project = await w.projectAwaitingApproval(a, b);
      const active = await decideApproval(w.deps, w.actor(await w.moderator("ES")), project.id, "ES", {
        approve: true,
      });
      expect(active.status).toBe("active");
    });
  });

  describe("R7 the TwinSpace exists once every approval is in", () => {
    it("activation is announced only after the last approval", async () => {
      const [a, b] = await pair("PL", "PT");
      const project = await w.projectAwaitingApproval(a, b);
      await decideApproval(w.deps, w.actor(await w.moderator("PL")), project.id, "PL", { approve: true });
      let events = await w.store.read().events.forProject(project.id);
      expect(events.some((e) => e.type === "project_activated")).toBe(false);
      await decideApproval(w.deps, w.actor(await w.moderator("PT")), project.id, "PT", { approve: true });
      events = await w.store.read().events.forProject(project.id);
      expect(events.filter((e) => e.type === "project_activated")).toHaveLength(1);
    });
  });

  describe("R8 partners join by invitation after approval, registered teachers only", () => {
    it("refuses invitations before approval and accepts them after", async () => {
      const [a, b] = await pair("IT", "FR");
      const c = await w.teacher("Carl", await w.school("Gymnasium", "DE"));
      const pending = await w.projectAwaitingApproval(a, b);
      await expect(inviteTeacher(w.deps, w.actor(a), pending.id, c.id)).rejects.toMatchObject({
        code: "invitations_before_approval",
      });
      for (const country of ["IT", "FR"]) {
        await decideApproval(w.deps, w.actor(await w.moderator(country)), pending.id, country, {
          approve: true,
        });
      }
      const invitation = await inviteTeacher(w.deps, w.actor(a), pending.id, c.id);
      await expect(inviteTeacher(w.deps, w.actor(a), pending.id, c.id)).rejects.toMatchObject({
        code: "invitation_pending",
      });
      await acceptInvitation(w.deps, w.actor(c), invitation.id);
      expect(await w.store.read().members.role(pending.id, c.id)).toBe("teacher");
      await expect(inviteTeacher(w.deps, w.actor(a), pending.id, c.id)).rejects.toMatchObject({
        code: "already_member",
      });
    });

    it("refuses an unregistered invitee and invitations by ordinary members", async () => {
      const [a, b] = await pair("IT", "FR");
      const project = await w.activeProject(a, b);
      const admin = await w.account("Not a teacher");
      await expect(inviteTeacher(w.deps, w.actor(a), project.id, admin.id)).rejects.toMatchObject({
        code: "not_registered_teacher",
      });
      const outsider = await w.teacher("Outsider", await w.school("X", "IT"));
      const other = await w.teacher("Other", await w.school("Y", "IT"));
      await expect(inviteTeacher(w.deps, w.actor(outsider), project.id, other.id)).rejects.toMatchObject({
        code: "not_project_manager",
      });
    });
  });

  describe("R9 who may be a member", () => {
    it("a school project refuses a teacher of another school", async () => {
      const admin = await w.centralAdmin();
      await setSchoolProjectPolicy(w.deps, w.actor(admin), "IT", { enabled: true });
      const school = await w.school("IC Verga", "IT");
      const [e, f] = [await w.teacher("Elena", school), await w.teacher("Fabio", school)];
      const project = await w.activeProject(e, f);
      const colleague = await w.teacher("Gina", school);
      const stranger = await w.teacher("Hugo", await w.school("Other school", "IT"));
      await expect(inviteTeacher(w.deps, w.actor(e), project.id, stranger.id)).rejects.toMatchObject({
        code: "school_project_other_school",
      });
      await inviteTeacher(w.deps, w.actor(e), project.id, colleague.id);
      await setSchoolProjectPolicy(w.deps, w.actor(admin), "IT", undefined);
    });

    it("a national project refuses a teacher of another country unless the policy opens it, and stays national", async () => {
      const [a, b] = await pair("IT", "IT");
      const project = await w.activeProject(a, b);
      const french = await w.teacher("Francine", await w.school("Lycée", "FR"));
      const italian = await w.teacher("Italo", await w.school("ITIS", "IT"));
      await expect(inviteTeacher(w.deps, w.actor(a), project.id, french.id)).rejects.toMatchObject({
        code: "national_project_foreign_teacher",
      });
      await inviteTeacher(w.deps, w.actor(a), project.id, italian.id);
      const admin = await w.centralAdmin();
      await setMembershipPolicy(w.deps, w.actor(admin), { nationalProjectsAcceptForeignTeachers: true });
      const invitation = await inviteTeacher(w.deps, w.actor(a), project.id, french.id);
      await acceptInvitation(w.deps, w.actor(french), invitation.id);
      expect((await w.store.read().projects.get(project.id))?.kind).toBe("national");
      await setMembershipPolicy(w.deps, w.actor(admin), { nationalProjectsAcceptForeignTeachers: false });
    });
  });

  describe("R10 a european project grows vertically", () => {
    it("takes more teachers of a partner's own school, and teachers of a third country", async () => {
      const schoolA = await w.school("Liceo Volta", "IT");
      const a = await w.teacher("Anna", schoolA);
      const b = await w.teacher("Bruno", await w.school("Collège", "FR"));
      const project = await w.activeProject(a, b);
      const colleague = await w.teacher("Anna's colleague", schoolA);
      const invitation = await inviteTeacher(w.deps, w.actor(a), project.id, colleague.id);
      await acceptInvitation(w.deps, w.actor(colleague), invitation.id);
      expect(await w.store.read().members.role(project.id, colleague.id)).toBe("teacher");
    });

    it("vertical growth is for european projects: a school project still refuses outsiders after growing", async () => {
      const admin = await w.centralAdmin();
      await setSchoolProjectPolicy(w.deps, w.actor(admin), "IT", { enabled: true });
      const school = await w.school("IC Pascoli", "IT");
      const project = await w.activeProject(await w.teacher("E", school), await w.teacher("F", school));
      const founder = (await w.store.read().members.teachers(project.id))[0]!;
      const outsider = await w.teacher("Outsider", await w.school("Liceo Volta 2", "IT"));
      await expect(
        inviteTeacher(w.deps, { accountId: founder.teacherId }, project.id, outsider.id),
      ).rejects.toMatchObject({
        code: "school_project_other_school",
      });
      await setSchoolProjectPolicy(w.deps, w.actor(admin), "IT", undefined);
    });
  });

  describe("R11 pupils are registered by their own teacher and see only their projects", () => {
    it("a teacher registers pupils and adds them to an active project", async () => {
      const [a, b] = await pair("IT", "FR");
      const project = await w.activeProject(a, b);
      const { registered } = await registerPupils(w.deps, w.actor(a), [
        { displayName: "Luca R." },
        { displayName: "Sara B." },
      ]);
      await addPupilsToProject(
        w.deps,
        w.actor(a),
        project.id,
        registered.map((p) => p.id),
      );
      const visible = await w.store.read().projects.listForPupil(registered[0]!.id);
      expect(visible.map((p) => p.id)).toEqual([project.id]);
    });

    it("refuses another teacher's pupils, non-members and projects not yet active", async () => {
      const [a, b] = await pair("IT", "FR");
      const project = await w.activeProject(a, b);
      const { registered } = await registerPupils(w.deps, w.actor(a), [{ displayName: "Luca R." }]);
      await expect(
        addPupilsToProject(w.deps, w.actor(b), project.id, [registered[0]!.id]),
      ).rejects.toMatchObject({
        code: "not_own_pupil",
      });
      const outsider = await w.teacher("Outsider", await w.school("Z", "IT"));
      const theirs = await registerPupils(w.deps, w.actor(outsider), [{ displayName: "Mia" }]);
      await expect(
        addPupilsToProject(w.deps, w.actor(outsider), project.id, [theirs.registered[0]!.id]),
      ).rejects.toMatchObject({
        code: "teacher_not_member",
      });
      const [c, d] = await pair("IT", "FR");
      const waiting = await w.projectAwaitingApproval(c, d);
      const mine = await registerPupils(w.deps, w.actor(c), [{ displayName: "Noa" }]);
      await expect(
        addPupilsToProject(w.deps, w.actor(c), waiting.id, [mine.registered[0]!.id]),
      ).rejects.toMatchObject({
        code: "pupils_need_active_project",
      });
    });

    it("pupils leave with the teacher who added them", async () => {
      const [a, b] = await pair("IT", "FR");
      const project = await w.activeProject(a, b);
      const c = await w.teacher("Carl", await w.school("Gym", "DE"));
      await acceptInvitation(
        w.deps,
        w.actor(c),
        (await inviteTeacher(w.deps, w.actor(a), project.id, c.id)).id,
      );
      const { registered } = await registerPupils(w.deps, w.actor(c), [{ displayName: "Jonas" }]);
      await addPupilsToProject(w.deps, w.actor(c), project.id, [registered[0]!.id]);
      await leaveProject(w.deps, w.actor(c), project.id);
      expect(await w.store.read().members.pupils(project.id)).toEqual([]);
      await expect(leaveProject(w.deps, w.actor(a), project.id)).rejects.toMatchObject({
        code: "founder_cannot_leave",
      });
    });
  });

  describe("R12 Quality Labels and prizes", () => {
    it("european projects: National Labels in two countries make a European candidate; prizes need the European Label", async () => {
      const [a, b] = await pair("IT", "FR");
      const project = await w.activeProject(a, b);
      const admin = await w.centralAdmin();
      const applications = [
        await applyForNationalLabel(w.deps, w.actor(a), project.id, evidence),
        await applyForNationalLabel(w.deps, w.actor(b), project.id, evidence),
      ];
      await expect(
        nominateForEuropeanLabel(w.deps, w.actor(await w.moderator("IT")), project.id, "IT"),
      ).rejects.toMatchObject({
        code: "european_label_not_candidate",
      });
      for (const application of applications) {
        const moderator = await w.moderator(application.country);
        await assessLabelApplication(w.deps, w.actor(moderator), application.id, {
          scores: fullScores,
          requirements: allMet,
        });
        await decideLabelApplication(w.deps, w.actor(moderator), application.id, { award: true });
      }
      await expect(awardPrize(w.deps, w.actor(admin), project.id, "Special prize")).rejects.toMatchObject({
        code: "prize_needs_european_label",
      });
      await nominateForEuropeanLabel(w.deps, w.actor(await w.moderator("IT")), project.id, "IT");
      await assessEuropeanLabel(w.deps, w.actor(admin), project.id, {
        scores: fullScores,
        requirements: allMet,
      });
      const label = await decideEuropeanLabel(w.deps, w.actor(admin), project.id, { award: true });
      expect(label.awardedAt).toBeDefined();
      await awardPrize(w.deps, w.actor(admin), project.id, "European Prize: Citizenship");
      expect(await w.store.read().labels.prizes(project.id)).toHaveLength(1);
    });

    it("national and school projects are not eligible", async () => {
      const [a, b] = await pair("IT", "IT");
      const project = await w.activeProject(a, b);
      await expect(applyForNationalLabel(w.deps, w.actor(a), project.id, evidence)).rejects.toMatchObject({
        code: "label_not_eligible",
      });
    });

    it("at most four applications per teacher per school year", async () => {
      const a = await w.teacher("Prolific", await w.school("Busy school", "IT"));
      for (let i = 0; i < 5; i++) {
        const b = await w.teacher(`Partner ${i}`, await w.school(`Partner school ${i}`, "FR"));
        const project = await w.activeProject(a, b);
        const attempt = applyForNationalLabel(w.deps, w.actor(a), project.id, evidence);
        if (i < 4) await attempt;
        else await expect(attempt).rejects.toMatchObject({ code: "label_application_limit" });
      }
    });

    it("applications need evidence for every criterion", async () => {
      const [a, b] = await pair("IT", "FR");
      const project = await w.activeProject(a, b);
      await expect(
        applyForNationalLabel(w.deps, w.actor(a), project.id, { ...evidence, use_of_technology: "" }),
      ).rejects.toMatchObject({ code: "label_evidence_missing" });
    });
  });

  describe("R13 national units score each criterion and check the minimum requirements", () => {
    it("awards only a complete assessment with every requirement met, by the applicant's own unit", async () => {
      const [a, b] = await pair("IT", "FR");
      const project = await w.activeProject(a, b);
      const application = await applyForNationalLabel(w.deps, w.actor(a), project.id, evidence);
      const fr = await w.moderator("FR");
      await expect(
        assessLabelApplication(w.deps, w.actor(fr), application.id, {
          scores: fullScores,
          requirements: allMet,
        }),
      ).rejects.toMatchObject({ code: "not_moderator_for_country" });
      const it_ = await w.moderator("IT");
      await assessLabelApplication(w.deps, w.actor(it_), application.id, {
        scores: { pedagogical_innovation: 5 },
        requirements: {},
      });
      await expect(
        decideLabelApplication(w.deps, w.actor(it_), application.id, { award: true }),
      ).rejects.toMatchObject({
        code: "label_assessment_incomplete",
      });
      await assessLabelApplication(w.deps, w.actor(it_), application.id, {
        scores: fullScores,
        requirements: { ...allMet, data_protection_copyright_esafety: false },
      });
      await expect(
        decideLabelApplication(w.deps, w.actor(it_), application.id, { award: true }),
      ).rejects.toMatchObject({
        code: "label_requirements_unmet",
      });
      const refused = await decideLabelApplication(w.deps, w.actor(it_), application.id, {
        award: false,
        note: "Add consent forms",
      });
      expect(refused.status).toBe("refused");
    });
  });

  describe("R14 the good-practice prompts are part of the form", () => {
    it("refuses to send a project whose safety rules or calendar are missing, and sends a complete one", async () => {
      const [a, b] = await pair();
      await w.contacts(a, b);
      await expect(
        createProject(w.deps, w.actor(a), {
          form: w.form({ safetyRules: "", milestones: [] }),
          cofounderId: b.id,
          submit: true,
        }),
      ).rejects.toMatchObject({
        code: "project_form_incomplete",
        params: { fields: "milestones,safetyRules" },
      });
      const sent = await createProject(w.deps, w.actor(a), {
        form: w.form(),
        cofounderId: b.id,
        submit: true,
      });
      expect(sent.status).toBe("awaiting_cofounder");
    });
  });

  describe("closing", () => {
    it("founders close an active project; others cannot", async () => {
      const [a, b] = await pair();
      const project = await w.activeProject(a, b);
      const outsider = await w.teacher("Outsider", await w.school("Q", "IT"));
      await expect(closeProject(w.deps, w.actor(outsider), project.id)).rejects.toMatchObject({
        code: "not_project_manager",
      });
      expect((await closeProject(w.deps, w.actor(b), project.id)).status).toBe("closed");
    });
  });
});
