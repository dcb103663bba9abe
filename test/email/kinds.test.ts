import { describe, expect, it } from "vitest";
import type { EventType } from "../../core/index.ts";
import { kindOf } from "../../lti-tool/email/kinds.ts";
import { webCatalogueParts } from "../../lti-tool/web/i18n/index.ts";

/** Catalogue keys under "notification." that are not a kind of notification. */
const NOT_A_TYPE = new Set(["someone"]);

/**
 * Every notification the in-app list can show (a `notification.<type>` sentence of the English
 * catalogue) has an e-mail kind, so a person who reads e-mail only hears of it too, on the
 * terms they chose. A new notification without a kind in lti-tool/email/kinds.ts fails here.
 */
describe("e-mail kinds", () => {
  it("cover every notification the in-app list shows", () => {
    const english: Record<string, string> = Object.assign(
      {},
      ...webCatalogueParts.map((part) => (part as Record<string, object>).en ?? {}),
    );
    const types = new Set(
      Object.keys(english)
        .filter((key) => key.startsWith("notification."))
        .map((key) =>
          key
            .slice("notification.".length)
            .split(".")[0]!
            .replace(/_(one|other)$/, ""),
        )
        .filter((type) => !NOT_A_TYPE.has(type)),
    );
    expect(types.size).toBeGreaterThan(20);
    expect([...types].filter((type) => !kindOf(type as EventType))).toEqual([]);
  });
});
