import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

/** /metrics and /readyz over real HTTP, with launches and refusals through the platform simulator. */
describe("metrics and readiness", () => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;

  beforeAll(async () => {
    world = await World.create("sqlite");
    tool = await startTool({ world });
    platform = await startPlatform();
    const url = await tool.registrationUrl({ schoolName: "Liceo Galilei", country: "IT" });
    await platform.register(url, { schoolName: "Liceo Galilei", country: "IT" });
  });
  afterAll(async () => {
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  const teacher = { id: "moodle-user-42", name: "Giulia Rossi", email: "giulia.rossi@liceo.example" };

  async function scrape(): Promise<string> {
    const answer = await fetch(`${tool.url}/metrics`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/plain");
    return answer.text();
  }

  /** The value of one series, 0 when Prometheus has not seen it yet. */
  function value(metrics: string, series: string): number {
    const line = metrics.split("\n").find((candidate) => candidate.startsWith(`${series} `));
    return line ? Number(line.slice(series.length + 1)) : 0;
  }

  it("counts an admitted launch and a refusal by its reason", async () => {
    const before = await scrape();
    const launch = await platform.launch({ user: teacher, roles: [ROLES.instructor] });
    expect(launch.response.status).toBe(303);
    const refused = await fetch(`${tool.url}/lti/launch`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "state=forged",
    });
    expect(refused.status).toBe(400);

    const after = await scrape();
    expect(value(after, "opentwinning_lti_launches_total")).toBe(
      value(before, "opentwinning_lti_launches_total") + 1,
    );
    const requestRefusals = 'opentwinning_lti_refusals_total{reason="request"}';
    expect(value(after, requestRefusals)).toBe(value(before, requestRefusals) + 1);
  });

  it("times requests by route pattern and keeps paths, ids and people out of the labels", async () => {
    await fetch(`${tool.url}/app/projects/some-project-id`);
    await fetch(`${tool.url}/no/such/page/secret-looking-path`);
    const metrics = await scrape();
    expect(metrics).toMatch(
      /opentwinning_http_request_duration_seconds_count\{method="POST",route="\/lti\/launch",status="303"\} [1-9]/,
    );
    expect(metrics).toContain('route="unmatched"');
    expect(metrics).toMatch(
      /opentwinning_outbox_lag_events\{consumer=|# TYPE opentwinning_outbox_lag_events gauge/,
    );
    for (const personal of [
      "moodle-user-42",
      "Giulia",
      "giulia.rossi",
      "some-project-id",
      "secret-looking-path",
    ]) {
      expect(metrics).not.toContain(personal);
    }
    // The registration route appears as its pattern, never with the single-use token.
    expect(metrics).toContain('route="/lti/register/:token"');
    expect(metrics).not.toMatch(/\/lti\/register\/(?!:token")/);
  });

  it("answers /readyz with the database's state", async () => {
    const ready = await fetch(`${tool.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok", checks: { database: "ok" } });
  });
});
