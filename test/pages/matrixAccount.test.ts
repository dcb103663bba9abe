import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkMatrixAccount, registerPupils, type Pupil, type Teacher } from "../../core/index.ts";
import { type AccountAdmin, PupilAccountManager } from "../../matrix-bot/accounts/pupilAccounts.ts";
import { NoAdminRights } from "../../matrix-bot/accounts/synapseAdmin.ts";
import { PupilMatrixAccounts } from "../../matrix-bot/store/pupilAccounts.ts";
import { pupilAccountsPage } from "../../lti-tool/lti/pupilCredentials.ts";
import type { MatrixSettings } from "../../lti-tool/pages/pupilAccountsPort.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

const BOT = "@twinspace:school.example";

/** A homeserver stand-in that remembers what the admin API was asked (the live test uses Synapse). */
class FakeAdmin implements AccountAdmin {
  passwords = new Map<string, string>();
  deactivated: string[] = [];
  admin = true;
  /** The next PUT is lost on the way (the homeserver made nothing, or its answer was lost). */
  loseNext = false;
  async putUser(userId: string, account: { password: string; displayname: string }) {
    if (!this.admin) throw new NoAdminRights("PUT answered M_FORBIDDEN");
    if (this.loseNext) {
      this.loseNext = false;
      throw new Error("socket hang up");
    }
    this.passwords.set(userId, account.password);
  }
  async deactivate(userId: string) {
    this.deactivated.push(userId);
  }
}

const codeOf = (html: string) => /<code>link ([A-Z2-9]{8})<\/code>/.exec(html)?.[1];
const passwordsOf = (html: string) =>
  [...html.matchAll(/<code>([a-z2-9]{4}(?:-[a-z2-9]{4}){3})<\/code>/g)].map((m) => m[1]);

describe.each(DATABASE_KINDS)("Matrix account and pupils' accounts pages over HTTP on %s", (kind) => {
  let w: World;
  let admin: FakeAdmin;
  let app: Awaited<ReturnType<typeof startPages>>;
  let bare: Awaited<ReturnType<typeof startPages>>;
  let ada: Teacher;
  let grace: Teacher;
  let pupils: Pupil[];
  let asAda: Client;
  let asGrace: Client;

  beforeAll(async () => {
    w = await World.create(kind);
    admin = new FakeAdmin();
    const matrix: MatrixSettings = {
      homeserverUrl: "https://matrix.school.example",
      botUserId: async () => BOT,
      pupilAccounts: new PupilAccountManager({
        core: w.deps,
        admin,
        records: new PupilMatrixAccounts(w.store.database),
        serverName: async () => "school.example",
        requireGuard: async () => {}, // the page tests meet no homeserver
      }),
    };
    app = await startPages(w, { matrix });
    bare = await startPages(w);
    const volta = await w.school("Liceo Volta", "IT", "Como");
    ada = await w.teacher("Ada Lovelace", volta);
    grace = await w.teacher("Grace Hopper", volta);
    ({ registered: pupils } = await registerPupils(w.deps, w.actor(ada), [
      { displayName: "Marco Rossi" },
      { displayName: "Sofia Bianchi" },
    ]));
    asAda = await app.as(ada);
    asGrace = await app.as(grace);
  });

  afterAll(async () => {
    await app.tool.stop();
    await bare.tool.stop();
    await w.destroy();
  });

  it("gives a one-time code to send to the bot, shows the linked account, and unlinks it", async () => {
    const before = await asAda.get("/app/matrix");
    expect(before.html).toContain('action="/app/matrix/code"');
    expect(before.html).toContain('href="/app/matrix"');

    expect((await asAda.post("/app/matrix/code", { _csrf: "forged" })).status).toBe(403);
    const issued = await asAda.post("/app/matrix/code");
    expect(issued.status).toBe(200);
    const code = codeOf(issued.html);
    expect(code).toBeDefined();
    expect(issued.html).toContain(`href="https://matrix.to/#/${encodeURIComponent(BOT)}"`);

    await linkMatrixAccount(w.deps, "@ada:school.example", code!);
    const linked = await asAda.get("/app/matrix");
    expect(linked.html).toContain("@ada:school.example");
    expect(linked.html).not.toContain('action="/app/matrix/code"');

    const unlinked = await asAda.post("/app/matrix/unlink");
    expect(unlinked.location).toBe("/app/matrix?done=matrix_unlinked");
    expect((await asAda.get("/app/matrix")).html).toContain('action="/app/matrix/code"');
    expect(await w.store.knex("events").where({ type: "matrix_account_unlinked" })).toHaveLength(1);
  });

  it("says so in Italian when there is no homeserver, and offers no code or accounts", async () => {
    const asAdaHere = await bare.as(ada, { locale: "it" });
    const page = await asAdaHere.get("/app/matrix");
    expect(page.html).toContain("non ha ancora un homeserver Matrix");
    expect(page.html).not.toContain('action="/app/matrix/code"');
    expect((await asAdaHere.get("/app/pupils")).html).toContain("gli alunni non hanno account Matrix");
    expect((await asAdaHere.post("/app/pupils/sheet", { pupil: pupils[0]!.id })).location).toBe(
      "/app/pupils",
    );
    expect((await asAda.post("/app/pupils/sheet")).location).toBe(
      "/app/pupils?done=pupil_accounts_none_chosen",
    );
  });

  it("makes pseudonymous accounts and shows their passwords once, on a sheet only the teacher gets", async () => {
    // The roster import leads here, where the new pupils come ticked.
    expect(await pupilAccountsPage.credentialsSheetFor(ada.id, pupils)).toBe("/app/pupils");
    const list = await asAda.get("/app/pupils");
    expect(list.html).toContain("Marco Rossi");
    expect(list.html).toContain("no account yet");

    const sheet = await asAda.post("/app/pupils/sheet", { pupil: pupils.map((p) => p.id) });
    expect(sheet.status).toBe(200);
    const shown = passwordsOf(sheet.html);
    expect(shown).toHaveLength(2);
    expect(new Set(admin.passwords.values())).toEqual(new Set(shown));
    expect(sheet.html).toContain("https://matrix.school.example");
    const ids = await new PupilMatrixAccounts(w.store.database).matrixIdsFor(pupils.map((p) => p.id));
    for (const id of ids.values()) {
      expect(id).toMatch(/^@tw-[a-z2-9]{10}:school\.example$/);
      expect(sheet.html).toContain(`<code>${id.slice(1, id.indexOf(":"))}</code>`);
    }

    // Reading the pupils page again shows the accounts, never a password.
    const again = await asAda.get("/app/pupils");
    expect(again.html).toContain([...ids.values()][0]);
    expect(passwordsOf(again.html)).toEqual([]);
    for (const password of shown) expect(again.html).not.toContain(password);

    // A new password replaces the old one for the same account.
    const reset = await asAda.post("/app/pupils/sheet", { pupil: pupils[0]!.id });
    const [fresh] = passwordsOf(reset.html);
    expect(fresh).not.toBe(shown[0]);
    expect(admin.passwords.get(ids.get(pupils[0]!.id)!)).toBe(fresh);
    expect(await new PupilMatrixAccounts(w.store.database).matrixIdOf(pupils[0]!.id)).toBe(
      ids.get(pupils[0]!.id),
    );
  });

  it("refuses another teacher's pupils (R11), and removes an account for the own teacher", async () => {
    const refused = await asGrace.post("/app/pupils/sheet", { pupil: pupils[1]!.id });
    expect(refused.status).toBe(403);
    expect(passwordsOf(refused.html)).toEqual([]);
    expect((await asGrace.post(`/app/pupils/${pupils[1]!.id}/account/remove`)).status).toBe(403);

    const matrixId = await new PupilMatrixAccounts(w.store.database).matrixIdOf(pupils[1]!.id);
    const removed = await asAda.post(`/app/pupils/${pupils[1]!.id}/account/remove`);
    expect(removed.location).toBe("/app/pupils?done=pupil_account_removed");
    expect(admin.deactivated).toEqual([matrixId]);
    expect(await new PupilMatrixAccounts(w.store.database).matrixIdOf(pupils[1]!.id)).toBeUndefined();
  });

  it("tells the teacher what the Matrix admin must do when the bot has no admin rights", async () => {
    admin.admin = false;
    try {
      const page = await asAda.post("/app/pupils/sheet", { pupil: pupils[1]!.id });
      expect(page.status).toBe(503);
      expect(page.html).toContain("server admin");
    } finally {
      admin.admin = true;
    }
  });

  it("makes the same account again after a failure between recording and creating it", async () => {
    const [ugo] = (await registerPupils(w.deps, w.actor(ada), [{ displayName: "Ugo Foscolo" }])).registered;
    admin.loseNext = true;
    expect((await asAda.post("/app/pupils/sheet", { pupil: ugo!.id })).status).toBe(500);
    const recorded = await new PupilMatrixAccounts(w.store.database).matrixIdOf(ugo!.id);
    expect(recorded).toBeDefined();
    const retried = await asAda.post("/app/pupils/sheet", { pupil: ugo!.id });
    expect(retried.status).toBe(200);
    expect(await new PupilMatrixAccounts(w.store.database).matrixIdOf(ugo!.id)).toBe(recorded);
    expect(admin.passwords.get(recorded!)).toBe(passwordsOf(retried.html)[0]);
  });
});
