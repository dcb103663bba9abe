import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdmissionGate, GateBusy } from "../../lti-tool/web/admission.ts";
import { lockTeachers, someoneWaitsOnALock } from "../support/locks.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/**
 * Partner searches go through an admission gate: at most N at once, the others wait in line
 * for a bounded time and are then told the tool is busy (503, in their language), so a burst
 * of slow searches cannot hold every request of the server behind it (bench/README.md shows
 * /healthz under eight clients running the slowest search).
 */
describe("partner searches beyond the admission limit, on postgres", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let asAda: Client;
  let asBob: Client;
  beforeAll(async () => {
    w = await World.create("postgres");
    app = await startPages(w, { searchAdmission: { running: 1, waitMs: 300 } });
    const school = await w.school("Liceo Volta", "IT", "Como");
    asAda = await app.as(await w.teacher("Ada Lovelace", school), { locale: "it" });
    asBob = await app.as(await w.teacher("Bob Brown", await w.school("Collège Jean Moulin", "FR", "Lyon")), {
      locale: "en",
    });
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("turns a search away with a busy page while another holds the only place, then serves it", async () => {
    const release = await lockTeachers(w);
    let first;
    let turnedAway;
    try {
      // Ada's search waits on the lock and keeps the one place; Bob's waits in line, then is turned away.
      first = asAda.get("/app/search?text=volta");
      await someoneWaitsOnALock(w);
      turnedAway = await asBob.get("/app/search?text=lovelace&country=IT");
      expect((await fetch(`${app.tool.url}/healthz`)).status).toBe(200);
    } finally {
      await release();
    }
    expect(turnedAway.status).toBe(503);
    expect(turnedAway.html).toContain("Many people are searching right now");
    expect(turnedAway.html).toContain('value="lovelace"');
    expect((await first).status).toBe(200);
    const again = await asBob.get("/app/search?text=lovelace&country=IT");
    expect(again.status).toBe(200);
    expect(again.html).toContain("Ada Lovelace");
  }, 30_000);

  it("says so in Italian", async () => {
    const release = await lockTeachers(w);
    let turnedAway;
    let first;
    try {
      first = asBob.get("/app/search?text=volta");
      await someoneWaitsOnALock(w);
      turnedAway = await asAda.get("/app/search?text=brown");
    } finally {
      await release();
    }
    expect(turnedAway.status).toBe(503);
    expect(turnedAway.html).toContain("molte persone stanno cercando");
    expect((await first).status).toBe(200);
  }, 30_000);
});

describe("the admission gate", () => {
  it("runs at most N at once, admits the waiting in arrival order, and turns away who waited too long", async () => {
    const gate = new AdmissionGate({ running: 1, waitMs: 100 });
    const order: string[] = [];
    let finishFirst!: () => void;
    const first = gate.run(
      () =>
        new Promise<void>((resolve) => {
          order.push("first");
          finishFirst = resolve;
        }),
    );
    const second = gate.run(async () => void order.push("second"));
    const third = gate.run(async () => void order.push("third"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    finishFirst();
    await Promise.all([first, second, third]);
    expect(order).toEqual(["first", "second", "third"]);

    const slow = gate.run(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await expect(gate.run(async () => "late")).rejects.toBeInstanceOf(GateBusy);
    await slow;
    expect(await gate.run(async () => "free again")).toBe("free again");
  });
});
