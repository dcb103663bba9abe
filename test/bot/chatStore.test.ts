import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directSlot } from "../../matrix-bot/chat/directRooms.ts";
import { RoomRecords } from "../../matrix-bot/store/rooms.ts";
import { SyncTokens } from "../../matrix-bot/store/syncToken.ts";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../support/databases.ts";

describe.each(DATABASE_KINDS)("the chat's records (%s)", (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await test.drop();
  });

  it("keeps the /sync position, replacing it each time", async () => {
    const tokens = new SyncTokens(test.db);
    expect(await tokens.get()).toBeUndefined();
    await tokens.save("s1_2_3");
    await tokens.save("s4_5_6");
    expect(await tokens.get()).toBe("s4_5_6");
  });

  it("records the DM a person opened, and a newer one in its place", async () => {
    const records = new RoomRecords(test.db);
    const slot = directSlot("@anna:hs");
    await records.adopt(slot, "!first:hs", "2026-11-23T08:00:00.000Z");
    await records.adopt(slot, "!second:hs", "2026-11-23T08:01:00.000Z");
    expect(await records.get(slot.key)).toMatchObject({
      purpose: "direct",
      matrixUserId: "@anna:hs",
      roomId: "!second:hs",
      creatingSince: undefined,
    });
    expect(await records.byRoomId("!first:hs")).toBeUndefined();
  });
});
