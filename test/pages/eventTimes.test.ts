import { describe, expect, it } from "vitest";
import { parseProgramme } from "../../lti-tool/pages/events/programme.ts";
import { instantToWallTime, wallTimeToInstant } from "../../lti-tool/pages/events/timeZone.ts";

/** An organiser's wall times become the instants every viewer then sees in their own zone. */
describe("event times across time zones", () => {
  it("reads a wall time in the organiser's zone, winter and summer time alike", () => {
    expect(wallTimeToInstant("2026-12-03T16:00", "Europe/Rome")).toBe("2026-12-03T15:00:00.000Z");
    expect(wallTimeToInstant("2026-07-01T16:00", "Europe/Rome")).toBe("2026-07-01T14:00:00.000Z");
    expect(wallTimeToInstant("2026-07-01T16:00", "Europe/Athens")).toBe("2026-07-01T13:00:00.000Z");
    expect(wallTimeToInstant("2026-12-03T16:00", "UTC")).toBe("2026-12-03T16:00:00.000Z");
    // The day the clocks go back: 16:00 is after the change.
    expect(wallTimeToInstant("2026-10-25T16:00", "Europe/Lisbon")).toBe("2026-10-25T16:00:00.000Z");
  });

  it("refuses what is no wall time, and shows an instant back as the zone's wall time", () => {
    expect(wallTimeToInstant("2026-13-01T10:00", "UTC")).toBeUndefined();
    expect(wallTimeToInstant("2026-02-30T10:00", "UTC")).toBeUndefined();
    expect(wallTimeToInstant("tomorrow at four", "UTC")).toBeUndefined();
    expect(instantToWallTime("2026-12-03T15:00:00.000Z", "Europe/Rome")).toBe("2026-12-03T16:00");
    expect(instantToWallTime("2026-12-03T15:00:00.000Z", "America/New_York")).toBe("2026-12-03T10:00");
  });

  it("puts programme items on the first day, and past midnight on the next", () => {
    const start = wallTimeToInstant("2026-12-03T22:00", "Europe/Rome")!;
    expect(parseProgramme("22:00 Welcome\n00:30 Night sky", start, "Europe/Rome")).toEqual([
      { at: "2026-12-03T21:00:00.000Z", title: "Welcome" },
      { at: "2026-12-03T23:30:00.000Z", title: "Night sky" },
    ]);
    expect(() => parseProgramme("25:00 Late", start, "Europe/Rome")).toThrow(/programme_line_invalid/);
  });
});
