import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockTeachers } from "../support/locks.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/**
 * A search the database stops at its statement time limit answers 503 with the form kept and
 * advice in the reader's language. PostgreSQL is made to hit its real statement_timeout by a
 * lock another connection holds on the teachers table (SQLite's readers never wait for locks
 * in WAL mode; its interrupt is tested in test/store/statementTimeLimit.test.ts).
 */
describe("a partner search stopped at the time limit, on postgres", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let asAda: Client;
  beforeAll(async () => {
    w = await World.create("postgres");
    app = await startPages(w);
    const ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
    asAda = await app.as(ada, { locale: "it" });
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("answers 503 asking for a narrower search, and searches again once the database is free", async () => {
    const release = await lockTeachers(w);
    let page;
    try {
      page = await asAda.get("/app/search?text=volta&country=IT");
    } finally {
      await release();
    }
    expect(page.status).toBe(503);
    expect(page.html).toContain("Prova una ricerca più precisa");
    expect(page.html).toContain('value="volta"');
    const again = await asAda.get("/app/search?text=volta&country=IT");
    expect(again.status).toBe(200);
  }, 30_000);
});
