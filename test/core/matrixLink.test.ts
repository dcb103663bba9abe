import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMatrixLinkCode,
  LINK_CODE_MINUTES,
  linkMatrixAccount,
  ownPupilsForCredentials,
  recordPupilMatrixAccount,
  registerPupils,
  unlinkMatrixAccount,
} from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";

describe.each(DATABASE_KINDS)("linking a Matrix account with a one-time code on %s", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await World.create(kind);
  });
  afterAll(async () => {
    await w.destroy();
  });

  it("links the teacher who asked for the code, once, and announces it for the TwinSpaces", async () => {
    const teacher = await w.teacher("Paola Neri", await w.school("Liceo Neri", "IT"));
    const { code, expiresAt } = await createMatrixLinkCode(w.deps, w.actor(teacher));
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(Date.parse(expiresAt) - Date.parse(w.clock.now())).toBe(LINK_CODE_MINUTES * 60_000);

    // Typed with spaces and in lower case, as people do.
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`;
    const linked = await linkMatrixAccount(w.deps, "@paola:school.example", typed);
    expect(linked.id).toBe(teacher.id);
    expect((await w.store.read().accounts.findByMatrixUserId("@paola:school.example"))?.id).toBe(teacher.id);
    const events = await w.store.knex("events").where({ type: "matrix_account_linked" });
    expect(events).toHaveLength(1);

    await expect(linkMatrixAccount(w.deps, "@paola:school.example", code)).rejects.toMatchObject({
      code: "link_code_invalid",
    });

    // The same ID with a new code: announced again (the rooms invite back one who left them).
    const again = await createMatrixLinkCode(w.deps, w.actor(teacher));
    await linkMatrixAccount(w.deps, "@paola:school.example", again.code);
    const announced = await w.store.knex("events").where({ type: "matrix_account_linked" }).orderBy("id");
    expect(announced).toHaveLength(2);
    expect(JSON.parse(announced[1].payload)).toEqual({
      accountId: teacher.id,
      matrixUserId: "@paola:school.example",
    });
  });

  it("refuses an expired code, an unknown code and a malformed Matrix ID", async () => {
    const teacher = await w.teacher("Ugo Foscolo", await w.school("Liceo Foscolo", "IT"));
    const { code } = await createMatrixLinkCode(w.deps, w.actor(teacher));
    await expect(linkMatrixAccount(w.deps, "ugo", code)).rejects.toMatchObject({ code: "matrix_id_invalid" });
    await expect(linkMatrixAccount(w.deps, "@ugo:school.example", "AAAAAAAA")).rejects.toMatchObject({
      code: "link_code_invalid",
    });
    w.clock.advanceDays(1);
    await expect(linkMatrixAccount(w.deps, "@ugo:school.example", code)).rejects.toMatchObject({
      code: "link_code_invalid",
    });
    expect((await w.store.read().accounts.get(teacher.id))?.matrixUserId).toBeUndefined();
  });

  it("refuses a Matrix account already linked to someone else, and lets a teacher move to a new one", async () => {
    const first = await w.teacher("Eva Bianchi", await w.school("Liceo Eva", "IT"));
    const second = await w.teacher("Eva Verdi", await w.school("Liceo Verdi", "IT"));
    await linkMatrixAccount(
      w.deps,
      "@eva:school.example",
      (await createMatrixLinkCode(w.deps, w.actor(first))).code,
    );
    const { code } = await createMatrixLinkCode(w.deps, w.actor(second));
    await expect(linkMatrixAccount(w.deps, "@eva:school.example", code)).rejects.toMatchObject({
      code: "matrix_id_linked_elsewhere",
    });

    const again = await createMatrixLinkCode(w.deps, w.actor(first));
    await linkMatrixAccount(w.deps, "@eva.b:other.example", again.code);
    const moved = await w.store
      .knex("events")
      .where({ type: "matrix_account_linked" })
      .orderBy("id", "desc")
      .first();
    expect(JSON.parse(moved.payload)).toMatchObject({
      matrixUserId: "@eva.b:other.example",
      previousMatrixUserId: "@eva:school.example",
    });
  });

  it("unlinks a teacher's Matrix account and says which ID leaves; unlinking twice changes nothing", async () => {
    const teacher = await w.teacher("Nina Sala", await w.school("Liceo Sala", "IT"));
    await linkMatrixAccount(
      w.deps,
      "@nina:school.example",
      (await createMatrixLinkCode(w.deps, w.actor(teacher))).code,
    );
    await unlinkMatrixAccount(w.deps, w.actor(teacher));
    await unlinkMatrixAccount(w.deps, w.actor(teacher));
    expect((await w.store.read().accounts.get(teacher.id))?.matrixUserId).toBeUndefined();
    const events = await w.store.knex("events").where({ type: "matrix_account_unlinked" });
    expect(events.map((e) => JSON.parse(e.payload))).toEqual([
      { accountId: teacher.id, previousMatrixUserId: "@nina:school.example" },
    ]);
  });

  it("R11: only a pupil's own teacher hands out, resets or removes the pupil's credentials", async () => {
    const school = await w.school("Liceo Crediti", "IT");
    const own = await w.teacher("Rita Levi", school);
    const colleague = await w.teacher("Carla Fracci", school);
    const { registered } = await registerPupils(w.deps, w.actor(own), [{ displayName: "Luca Neri" }]);
    const pupil = registered[0]!;
    expect(await ownPupilsForCredentials(w.deps, w.actor(own), [pupil.id, pupil.id])).toEqual([pupil]);
    await expect(ownPupilsForCredentials(w.deps, w.actor(colleague), [pupil.id])).rejects.toMatchObject({
      code: "not_own_pupil",
    });
    await expect(
      recordPupilMatrixAccount(w.deps, w.actor(colleague), pupil.id, "@tw-x:school.example"),
    ).rejects.toMatchObject({ code: "not_own_pupil" });
    await recordPupilMatrixAccount(w.deps, w.actor(own), pupil.id, "@tw-x:school.example");
    const events = await w.store.knex("events").where({ type: "pupil_matrix_account_issued" });
    expect(events.map((e) => JSON.parse(e.payload))).toEqual([
      { pupilId: pupil.id, teacherId: own.id, matrixUserId: "@tw-x:school.example" },
    ]);
  });
});
