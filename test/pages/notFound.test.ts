import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { World } from "../support/world.ts";
import { startPages } from "./client.ts";

/** An address no route answers gets a page in the reader's language, never Express's bare text. */
describe("an address that leads nowhere", () => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  beforeAll(async () => {
    w = await World.create("sqlite");
    app = await startPages(w);
  });
  afterAll(async () => {
    await app?.tool.stop();
    await w?.destroy();
  });

  it("answers 404 with what to do next, signed in or not, in the person's language", async () => {
    const teacher = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT"));
    const signedIn = await (await app.as(teacher, { locale: "it" })).get("/app/messages/project/");
    expect(signedIn.status).toBe(404);
    expect(signedIn.html).toContain("Pagina non trovata");
    expect(signedIn.html).not.toContain("Cannot GET");
    const anonymous = await fetch(`${app.tool.url}/no/such/page`, { headers: { "accept-language": "fr" } });
    expect(anonymous.status).toBe(404);
    expect(await anonymous.text()).toContain("aucune page à cette adresse");
  });
});
