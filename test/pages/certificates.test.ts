import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CERTIFICATE_KINDS,
  acceptInvitation,
  addPupilsToProject,
  applyForNationalLabel,
  assessLabelApplication,
  decideLabelApplication,
  erasePerson,
  inviteTeacher,
  leaveProject,
  type Project,
  registerPupils,
  type Teacher,
} from "../../core/index.ts";
import { certificateCatalogues } from "../../lti-tool/certificates/i18n.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { expectNotLogged } from "../support/logCapture.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/** What a person reading the PDF would see: its text, its title and its language. */
async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(bytes);
  const { text } = await extractText(pdf, { mergePages: true });
  const { info } = await getMeta(pdf);
  return { text: text.replace(/\s+/g, " "), info: info as Record<string, unknown> };
}

describe("certificate texts", () => {
  const placeholders = (text: string | undefined) =>
    [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it("has a title and a statement for every kind, in English and Italian with the same placeholders", () => {
    const { en, it: italian } = certificateCatalogues;
    for (const kind of Object.keys(CERTIFICATE_KINDS)) {
      expect(en[`certificate.kind.${kind}`], kind).toBeDefined();
      expect(en[`certificate.statement.${kind}`], kind).toBeDefined();
    }
    expect(Object.keys(italian).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en))
      expect(placeholders(italian[key]), key).toEqual(placeholders(text));
  });
});

const VERIFY_URL = /https?:\/\/[^\s]+\/verify\/[A-Za-z0-9_-]+/;

/** Certificates of participation and of labels: downloaded by their holder only, checked by anyone. */
describe.each(DATABASE_KINDS)("certificates on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let ada: Teacher;
  let eleni: Teacher;
  let lukasz: Teacher;
  let project: Project;
  let asAda: Client;

  /** Presses the certificate's button (a POST that issues it) and follows the redirect to the PDF. */
  const download = async (client: Client, path: string) => {
    const issued = await client.post(path);
    expect(issued.status).toBe(303);
    const pdfPath = issued.location!;
    const response = await fetch(`${app.tool.url}${pdfPath}`, { headers: { cookie: client.cookie } });
    return { response, pdfPath, bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    ada = await w.teacher("Ada Lovelace", await w.school("Liceo Volta", "IT", "Como"));
    eleni = await w.teacher("Ελένη Παπαδοπούλου", await w.school("Γυμνάσιο Αθηνών", "GR", "Αθήνα"));
    lukasz = await w.teacher("Łukasz Żółkiewski", await w.school("Școala Ștefan cel Mare", "RO", "Iași"));
    project = await w.activeProject(ada, eleni, { ...w.form(), title: "Rivers of Europe" });
    await w.contacts(ada, lukasz);
    const invitation = await inviteTeacher(w.deps, w.actor(ada), project.id, lukasz.id);
    await acceptInvitation(w.deps, w.actor(lukasz), invitation.id);
    const { registered } = await registerPupils(w.deps, w.actor(ada), [{ displayName: "Luca Pupillo" }]);
    await addPupilsToProject(w.deps, w.actor(ada), project.id, [registered[0]!.id]);
    asAda = await app.as(ada);
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("gives the holder a PDF of their participation in their language, the same certificate every time", async () => {
    const page = await asAda.get(`/app/projects/${project.id}`);
    expect(page.html).toContain(`action="/app/certificates/participation/${project.id}"`);

    const first = await download(asAda, `/app/certificates/participation/${project.id}`);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("content-type")).toBe("application/pdf");
    expect(first.response.headers.get("content-disposition")).toContain("attachment");
    const pdf = await readPdf(first.bytes);
    expect(pdf.text).toContain("Certificate of participation");
    expect(pdf.text).toContain("Ada Lovelace");
    expect(pdf.text).toContain("Liceo Volta");
    expect(pdf.text).toContain("Rivers of Europe");
    expect(pdf.text).not.toContain("Luca");
    expect(pdf.info.Title).toBe("Certificate of participation: Ada Lovelace");
    expect(pdf.info.Language).toBe("en");
    const url = VERIFY_URL.exec(pdf.text)![0];
    expect(url.startsWith(app.tool.url)).toBe(true);

    const second = await download(asAda, `/app/certificates/participation/${project.id}`);
    expect(second.pdfPath).toBe(first.pdfPath);
    expect(VERIFY_URL.exec((await readPdf(second.bytes)).text)![0]).toBe(url);
    expect(await w.store.database.knex("certificates").where({ holder_id: ada.id })).toHaveLength(1);

    const italian = await readPdf(
      (await download(await app.as(ada, { locale: "it" }), `/app/certificates/participation/${project.id}`))
        .bytes,
    );
    expect(italian.text).toContain("Attestato di partecipazione");
    expect(italian.text).toContain("ha partecipato al progetto OpenTwinning «Rivers of Europe»");
    expect(italian.info.Language).toBe("it");
  });

  it("writes Greek, Polish and Romanian names as they are", async () => {
    const greek = await readPdf(
      (await download(await app.as(eleni), `/app/certificates/participation/${project.id}`)).bytes,
    );
    expect(greek.text).toContain("Ελένη Παπαδοπούλου");
    expect(greek.text).toContain("Γυμνάσιο Αθηνών");
    const polish = await readPdf(
      (await download(await app.as(lukasz), `/app/certificates/participation/${project.id}`)).bytes,
    );
    expect(polish.text).toContain("Łukasz Żółkiewski");
    expect(polish.text).toContain("Școala Ștefan cel Mare");
  });

  it("lets anyone check the certificate without a session, showing no more than it says", async () => {
    const pdf = await readPdf((await download(asAda, `/app/certificates/participation/${project.id}`)).bytes);
    const url = VERIFY_URL.exec(pdf.text)![0];
    const response = await fetch(url, { headers: { "accept-language": "en" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.text();
    expect(body).toContain("This certificate is genuine.");
    expect(body).toContain("Ada Lovelace");
    expect(body).toContain("Liceo Volta");
    expect(body).toContain("Rivers of Europe");
    expect(body).toContain("Certificate of participation");
    expect(body).not.toContain("Luca");
    expect(body).not.toContain("ot_session");
    // Whoever holds the address reads the holder's name: it stays out of the log.
    expectNotLogged({ "certificate token": url.split("/verify/")[1]! });
  });

  it("says a forged or mistyped address is not genuine", async () => {
    for (const token of ["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not a token", "x".repeat(200)]) {
      const response = await fetch(`${app.tool.url}/verify/${encodeURIComponent(token)}`);
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toContain("this certificate is not genuine");
    }
  });

  it("refuses another teacher, a pupil and the national unit, and issues them nothing", async () => {
    const grace = await w.teacher("Grace Hopper", await w.school("Liceo Fermi", "IT", "Roma"));
    const pupilId = (await w.store.database.knex("project_pupils").where({ project_id: project.id }).first())
      .pupil_id as string;
    const refused = [await app.as(grace), await app.pupil(pupilId), await app.as(await w.moderator("IT"))];
    const { pdfPath } = await download(asAda, `/app/certificates/participation/${project.id}`);
    const before = await w.store.database.knex("certificates").count({ n: "*" });
    for (const client of refused) {
      const answer = await client.post(`/app/certificates/participation/${project.id}`);
      expect([403, 404]).toContain(answer.status);
      expect(answer.html).toContain("<h1>");
      // Ada's PDF is hers alone, even to someone who has its address.
      const hers = await client.get(pdfPath);
      expect([403, 404]).toContain(hers.status);
      expect(hers.html).not.toContain("%PDF");
    }
    const asGrace = await app.as(grace);
    const unknownKind = await asGrace.post(`/app/certificates/no_such_kind/${project.id}`);
    expect(unknownKind.status).toBe(404);
    expect(unknownKind.html).toContain("That certificate does not exist or is not visible to you.");
    expect(await w.store.database.knex("certificates").count({ n: "*" })).toEqual(before);
  });

  it("certifies an awarded National Quality Label to its teacher only, listed on their certificates page", async () => {
    const evidence = Object.fromEntries(w.deps.criteria.criteria.map((c) => [c.id, `Evidence for ${c.id}.`]));
    const application = await applyForNationalLabel(w.deps, w.actor(ada), project.id, evidence);
    const path = `/app/certificates/national_quality_label/${application.id}`;
    expect((await asAda.post(path)).status).toBe(404);

    const unit = { accountId: (await w.moderator("IT")).id };
    await assessLabelApplication(w.deps, unit, application.id, {
      scores: Object.fromEntries(w.deps.criteria.criteria.map((c) => [c.id, String(c.scaleMax)])),
      requirements: Object.fromEntries(w.deps.criteria.requirements.map((r) => [r.id, "yes"])),
    });
    await decideLabelApplication(w.deps, unit, application.id, { award: true });

    const list = await asAda.get("/app/certificates");
    expect(list.html).toContain(`action="${path}"`);
    expect(list.html).toContain(`action="/app/certificates/participation/${project.id}"`);
    const pdf = await readPdf((await download(asAda, path)).bytes);
    expect(pdf.text).toContain("National Quality Label");
    expect(pdf.text).toContain("was awarded the National Quality Label");
    expect(pdf.text).toContain("Rivers of Europe");
    const verified = await (await fetch(VERIFY_URL.exec(pdf.text)![0])).text();
    expect(verified).toContain("This certificate is genuine.");
    expect(verified).toContain("National Quality Label");

    // Her partner in the same project holds no label of hers.
    expect((await (await app.as(eleni)).post(path)).status).toBe(404);
  });

  it("says a certificate is no longer valid once what it certified is gone", async () => {
    const asLukasz = await app.as(lukasz);
    const { bytes, pdfPath } = await download(asLukasz, `/app/certificates/participation/${project.id}`);
    await leaveProject(w.deps, w.actor(lukasz), project.id);
    const response = await fetch(VERIFY_URL.exec((await readPdf(bytes)).text)![0]);
    expect(response.status).toBe(410);
    expect(await response.text()).toContain("no longer valid");
    expect((await asLukasz.get(pdfPath)).status).toBe(404);
    expect((await asLukasz.post(`/app/certificates/participation/${project.id}`)).status).toBe(404);
  });

  it("forgets the certificates of a teacher whose data is erased", async () => {
    const { bytes } = await download(await app.as(eleni), `/app/certificates/participation/${project.id}`);
    const url = VERIFY_URL.exec((await readPdf(bytes)).text)![0];
    expect((await fetch(url)).status).toBe(200);
    const admin = { accountId: (await w.centralAdmin()).id, schoolAdminOf: undefined };
    await erasePerson(w.deps, admin, { kind: "account", id: eleni.id });
    const response = await fetch(url);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toContain("this certificate is not genuine");
    expect(body).not.toContain("Ελένη");
  });
});
