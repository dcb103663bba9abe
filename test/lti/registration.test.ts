import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isPrivateAddress, OutboundError, outboundRequest } from "../../lti-tool/lti/outbound.ts";
import { type AdminCommand, adminCommand } from "../support/adminCommand.ts";
import { hiddenFields, type Platform, ROLES, startPlatform } from "../support/platform/platform.ts";
import { type RunningTool, startTool } from "../support/platform/tool.ts";
import { World } from "../support/world.ts";

/** Dynamic registration's guards, the manual registration by the admin CLI, and the outbound guard. */
describe("registering the tool", () => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;

  beforeAll(async () => {
    world = await World.create("sqlite");
    platform = await startPlatform();
    tool = await startTool({
      world,
      registrationHosts: [new URL(platform.url).host.replace("127.0.0.1", "allowed.example")],
    });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  const openid = () => `${platform.url}/.well-known/openid-configuration`;
  const formAt = (url: string, configuration = openid()) =>
    fetch(`${url}?${new URLSearchParams({ openid_configuration: configuration, registration_token: "t" })}`);

  it("refuses dynamic registration without a registration token, before contacting the platform", async () => {
    const before = platform.registrations.length;
    const response = await formAt(`${tool.url}/lti/register`);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("registration link is not valid");
    const unknown = await formAt(`${tool.url}/lti/register/not-a-token`);
    expect(unknown.status).toBe(403);
    expect(platform.registrations.length).toBe(before);
  });

  it("asks for the school a token does not name, and refuses a non-participating country", async () => {
    const url = await tool.registrationUrl();
    const form = await formAt(url);
    const html = await form.text();
    expect(html).toContain('name="school_name"');
    expect(html).toContain('<select id="country" name="country" required>');
    const before = platform.registrations.length;
    const refused = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "accept-language": "it" },
      body: new URLSearchParams({ ...hiddenFields(html), school_name: "Escola Básica", country: "US" }),
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("non è un paese partecipante");
    expect(platform.registrations.length).toBe(before);
    // The token was not used up by the refused attempt.
    await platform.register(url, { schoolName: "Escola Básica", country: "PT" });
    expect(platform.registrations.length).toBe(before + 1);
  });

  it("uses a registration token once", async () => {
    const url = await tool.registrationUrl();
    await platform.register(url, { schoolName: "Lycée Hugo", country: "FR" });
    const again = await formAt(url);
    expect(again.status).toBe(403);
  });

  it("refuses a configuration whose issuer is on another host than the configuration itself", async () => {
    const url = await tool.registrationUrl();
    const elsewhere = openid().replace("127.0.0.1", "localhost");
    const form = await formAt(url, elsewhere);
    const posted = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...hiddenFields(await form.text()), school_name: "X", country: "AT" }),
    });
    expect(posted.status).toBe(400);
    expect(await posted.text()).toContain("cannot be used");
  });

  describe("without private addresses allowed (production)", () => {
    let strict: RunningTool;
    beforeAll(async () => {
      strict = await startTool({ world, allowPrivateAddresses: false });
    });
    afterAll(() => strict.stop());

    it.each([
      ["plain http", () => openid()],
      ["a loopback address", () => openid().replace("http:", "https:")],
      ["localhost", () => openid().replace("http://127.0.0.1", "https://localhost")],
      ["the cloud metadata address", () => "https://169.254.169.254/latest/meta-data"],
      ["a private network", () => "https://10.1.2.3/.well-known/openid-configuration"],
      ["an IPv6 loopback", () => "https://[::1]/.well-known/openid-configuration"],
    ])("refuses %s", async (_name, configuration) => {
      const response = await formAt(await strict.registrationUrl(), configuration());
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("cannot be used");
    });
  });
});

describe("the outbound guard", () => {
  it.each([
    ["127.0.0.1", true],
    ["10.0.0.8", true],
    ["172.20.1.1", true],
    ["192.168.1.1", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["0.0.0.0", true],
    ["::1", true],
    ["fd00::1", true],
    ["fe80::1", true],
    ["::ffff:127.0.0.1", true],
    ["93.184.216.34", false],
    ["2a00:1450:4001:82b::200e", false],
    ["::ffff:93.184.216.34", false],
  ])("%s is private: %s", (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it("refuses a name that resolves to a private address at connection time", async () => {
    // The machine's own name resolves (through /etc/hosts) to a loopback or private address.
    const strict = { allowPrivateAddresses: false };
    await expect(outboundRequest(`https://${hostname()}:1/`, strict)).rejects.toMatchObject({
      reason: "private_address",
    });
    await expect(outboundRequest("https://localhost.:1/", strict)).rejects.toMatchObject({
      reason: "private_address",
    });
  });

  it("does not follow redirects", async () => {
    const server = createServer((_req, res) =>
      res.writeHead(302, { location: "http://169.254.169.254/" }).end(),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      await expect(outboundRequest(url, { allowPrivateAddresses: true })).rejects.toBeInstanceOf(
        OutboundError,
      );
      await expect(outboundRequest(url, { allowPrivateAddresses: true })).rejects.toMatchObject({
        reason: "redirect",
      });
    } finally {
      server.close();
    }
  });
});

describe("npm run admin", () => {
  let world: World;
  let tool: RunningTool;
  let platform: Platform;
  let admin: AdminCommand;

  beforeAll(async () => {
    world = await World.create("sqlite");
    tool = await startTool({ world });
    platform = await startPlatform();
    admin = adminCommand(world, tool);
  });
  afterAll(async () => {
    await platform.stop();
    await tool.stop();
    await world.destroy();
  });

  it("registers a platform by hand, prints the values for the LMS, and the teachers can launch", async () => {
    const registration = platform.registerByHand(tool.url);
    const { code, out } = await admin(
      "platform",
      "add",
      ...[
        "--issuer",
        platform.url,
        "--client-id",
        registration.clientId,
        "--deployment-id",
        registration.deploymentId,
      ],
      ...["--auth-url", platform.endpoints.authUrl, "--token-url", platform.endpoints.tokenUrl],
      ...["--jwks-url", platform.endpoints.jwksUrl, "--school-name", "Zespół Szkół", "--country", "PL"],
    );
    expect(out).toContain(`Initiate login URL: ${tool.url}/lti/login`);
    expect(out).toContain(`Public keyset: ${tool.url}/lti/keys`);
    expect(out).toContain(`Redirection URI(s): ${tool.url}/lti/launch`);
    expect(code).toBe(0);

    const launch = await platform.launch({
      registration,
      user: { id: "t-pl", name: "Jan Kowalski" },
      roles: [ROLES.instructor],
    });
    expect(launch.response.status).toBe(303);

    // A second school on the same platform: its own deployment, bound by hand.
    const second = platform.addDeployment(registration);
    const added = await admin(
      "deployment",
      "add",
      ...["--issuer", platform.url, "--client-id", second.clientId, "--deployment-id", second.deploymentId],
      ...["--school-name", "Liceum Kopernika", "--country", "PL"],
    );
    expect(added.code, added.out).toBe(0);
    await platform.launch({
      registration: second,
      user: { id: "t-pl-2", name: "Ewa Nowak" },
      roles: [ROLES.instructor],
    });
    const owner = await world.store.read().identities.find(platform.url, "t-pl-2");
    const teacher = await world.store
      .read()
      .teachers.get(owner && "accountId" in owner ? owner.accountId : "");
    expect((await world.store.read().schools.get(teacher?.schoolId ?? ""))?.name).toBe("Liceum Kopernika");

    const listed = await admin("platform", "list");
    expect(listed.out).toContain("Zespół Szkół (PL)");
    expect(listed.out).toContain("Liceum Kopernika (PL)");
  });

  it("prints a dynamic-registration URL that a platform can use", async () => {
    const { code, out } = await admin(
      "registration-token",
      "create",
      "--school-name",
      "Liceo Volta",
      "--country",
      "it",
    );
    expect(code).toBe(0);
    const url = /(http\S+\/lti\/register\/\S+)/.exec(out)?.[1] ?? "";
    const registration = await platform.register(url, { schoolName: "Liceo Volta", country: "IT" });
    expect(registration.deploymentId).toBeTruthy();
  });

  it("grants the central admin role by email, and explains what is missing", async () => {
    await platform.launch({
      user: { id: "admin-1", name: "Rita Admin", email: "Rita@Ministero.example" },
      roles: [ROLES.siteAdmin],
    });
    const granted = await admin("central-admin", "grant", "rita@ministero.example");
    expect(granted.code, granted.out).toBe(0);
    const grants = await world.store.database.knex("grants").where({ role: "central_admin" });
    expect(grants).toHaveLength(1);
    expect(
      await world.store.database.knex("grant_audit").select("actor_id", "account_id", "role", "change"),
    ).toEqual([
      { actor_id: null, account_id: grants[0].account_id, role: "central_admin", change: "granted" },
    ]);
    // A second account arrives with the same address: the email no longer names one account.
    await platform.launch({
      user: { id: "admin-2", name: "Rita Impostor", email: "rita@ministero.example" },
      roles: [ROLES.siteAdmin],
    });
    const ambiguous = await admin("central-admin", "grant", "rita@ministero.example");
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.out).toContain('Several accounts use "rita@ministero.example"');
    expect(ambiguous.out).toContain(`${grants[0].account_id}  Rita Admin <rita@ministero.example>`);
    expect(ambiguous.out).toContain("Rita Impostor");
    expect(await admin("central-admin", "grant", "nobody@example.org")).toMatchObject({
      code: 2,
      out: expect.stringContaining("must open OpenTwinning once"),
    });
    expect(await admin("platform", "add", "--issuer", "not-a-url")).toMatchObject({
      code: 2,
      out: expect.stringContaining("--issuer must be an http(s) URL"),
    });
  });
});
