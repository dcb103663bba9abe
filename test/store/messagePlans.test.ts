import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directConversation, type Tx } from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { capturePlans, fullScans } from "../support/plans.ts";
import { World } from "../support/world.ts";

const SOMEONE = "00000000-0000-0000-0000-000000000001";
const OTHER = "00000000-0000-0000-0000-000000000002";

/** The reads of the inbox, a conversation, the limits and a unit's reports are index-served at any size. */
describe.each(DATABASE_KINDS)("messages' query plans on %s", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await World.create(kind);
  });
  afterAll(async () => {
    await w.destroy();
  });

  const reads: [string, (tx: Tx) => Promise<unknown>][] = [
    ["the inbox", (tx) => tx.messages.inbox(SOMEONE, undefined, 50)],
    ["the capped unread count", (tx) => tx.messages.unreadTotal(SOMEONE, 99)],
    ["a conversation", (tx) => tx.messages.latest(directConversation(SOMEONE, OTHER), 50, [OTHER])],
    ["the people one blocked", (tx) => tx.blocks.blockedBy(SOMEONE)],
    ["whether one is blocked", (tx) => tx.blocks.has(OTHER, SOMEONE)],
    [
      "a sender's rate-limit window",
      (tx) => tx.rateLimits.hits(SOMEONE, "message", "2026-11-22T00:00:00.000Z"),
    ],
    [
      "a country's open reports after a cursor",
      (tx) => tx.messageReports.openFor("IT", { createdAt: "2026-11-22T00:00:00.000Z", id: SOMEONE }, 51),
    ],
  ];

  it.each(reads)("%s without a full scan", async (_name, read) => {
    const plans = await capturePlans(w.store.knex, () => w.store.transaction(read));
    expect(plans.length).toBeGreaterThan(0);
    for (const { sql, plan } of plans) expect(fullScans(plan), `${sql}\n${plan}`).toEqual([]);
  });
});
