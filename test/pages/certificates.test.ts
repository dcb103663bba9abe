import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CERTIFICATE_KINDS,
  acceptInvitation,
  addPupilsToProject,
  applyForNationalLabel,
  applyForSchoolLabel,
  assessEuropeanLabel,
  assessLabelApplication,
  decideEuropeanLabel,
  decideLabelApplication,
  decideSchoolLabel,
  erasePerson,
  inviteTeacher,
  leaveProject,
  type Project,
  registerPupils,
  type SchoolLabel,
  type Teacher,
} from "../../core/index.ts";
import { webCatalogueParts, webMessages } from "../../lti-tool/web/i18n/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { awardNationalLabels, fullAssessment } from "../support/labels.ts";
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
  it("has a title and a statement for every kind in every language of the pages", () => {
    const parts = webCatalogueParts as readonly Record<string, Record<string, string> | undefined>[];
    for (const locale of webMessages.locales)
      for (const kind of Object.keys(CERTIFICATE_KINDS))
        for (const key of [`certificate.kind.${kind}`, `certificate.statement.${kind}`])
          expect(
            parts.some((part) => part[locale]?.[key] !== undefined),
            `${key} in ${locale}`,
          ).toBe(true);
  });
});

const VERIFY_URL = /https?:\/\/[^\s]+\/verify\/[A-Za-z0-9_-]+/;

type Pages = Awaited<ReturnType<typeof startPages>>;

/** Presses the certificate's button (a POST that issues it) and follows the redirect to the PDF. */
async function downloadFrom(app: Pages, client: Client, path: string) {
  const issued = await client.post(path);
  expect(issued.status).toBe(303);
  const pdfPath = issued.location!;
  const response = await fetch(`${app.tool.url}${pdfPath}`, { headers: { cookie: client.cookie } });
  return { response, pdfPath, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** Certificates of participation and of labels: downloaded by their holder only, checked by anyone. */
describe.each(DATABASE_KINDS)("certificates on %s", (kind) => {
  let w: World;
  let app: Pages;
  let ada: Teacher;
  let eleni: Teacher;
  let lukasz: Teacher;
  let project: Project;
  let asAda: Client;
  const download = (client: Client, path: string) => downloadFrom(app, client, path);

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

/**
 * The labels of a project (European) and of a school (eTwinning School): certified to each of
 * their teachers, refused to anyone else, and a school label's certificate lapses with its period.
 */
describe.each(DATABASE_KINDS)("certificates of the European and the school labels on %s", (kind) => {
  let w: World;
  let app: Pages;
  let ada: Teacher;
  let grace: Teacher;
  let marie: Teacher;
  let lukasz: Teacher;
  let project: Project;
  let label: SchoolLabel;
  const download = (client: Client, path: string) => downloadFrom(app, client, path);
  const european = () => `/app/certificates/european_quality_label/${project.id}`;
  const schoolLabel = () => `/app/certificates/school_label/${label.id}`;
  /** A project form for two years on, its milestones still ahead. */
  const later = (title: string) =>
    w.form({ title, milestones: [{ title: "Kick-off", dueDate: "2028-12-15" }] });

  beforeAll(async () => {
    w = await World.create(kind);
    app = await startPages(w);
    const volta = await w.school("Liceo Volta", "IT", "Como");
    ada = await w.teacher("Ada Lovelace", volta);
    grace = await w.teacher("Grace Hopper", volta);
    marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    lukasz = await w.teacher("Łukasz Żółkiewski", await w.school("Școala Ștefan cel Mare", "RO", "Iași"));
    // Two years on, Liceo Volta meets the school label's criteria (core/rules/schoolLabel.ts).
    w.clock.advanceDays(731);
    project = await w.activeProject(ada, marie, later("Rivers of Europe"));
    await w.contacts(ada, lukasz);
    const invitation = await inviteTeacher(w.deps, w.actor(ada), project.id, lukasz.id);
    await acceptInvitation(w.deps, w.actor(lukasz), invitation.id);
    const pierre = await w.teacher("Pierre Dupont", await w.school("Collège Moulin", "FR", "Lyon"));
    await w.activeProject(grace, pierre, later("Stars"));
    // National Quality Labels in two countries make the project a European candidate (R12).
    await awardNationalLabels(w, project, [ada, marie]);
    const application = await applyForSchoolLabel(
      w.deps,
      { accountId: ada.id, schoolAdminOf: undefined },
      { esafety: "An e-safety policy and yearly training." },
    );
    label = await decideSchoolLabel(w.deps, w.actor(await w.moderator("IT")), "IT", application.id, {
      award: true,
    });
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("certifies the European Quality Label to the project's founders and member teachers once awarded", async () => {
    const asAda = await app.as(ada);
    expect((await asAda.get(`/app/projects/${project.id}`)).html).not.toContain(european());
    expect((await asAda.post(european())).status).toBe(404);

    const central = w.actor(await w.centralAdmin());
    await assessEuropeanLabel(w.deps, central, project.id, fullAssessment(w));
    await decideEuropeanLabel(w.deps, central, project.id, { award: true });

    for (const teacher of [ada, marie, lukasz]) {
      const client = await app.as(teacher);
      expect((await client.get(`/app/projects/${project.id}`)).html).toContain(`action="${european()}"`);
      expect((await client.get("/app/certificates")).html).toContain(`action="${european()}"`);
      const pdf = await readPdf((await download(client, european())).bytes);
      expect(pdf.text).toContain("European Quality Label");
      expect(pdf.text).toContain(teacher.name);
      expect(pdf.text).toContain(
        "is a teacher of the OpenTwinning project “Rivers of Europe”, which was awarded the European Quality Label on",
      );
      expect(pdf.info.Title).toBe(`European Quality Label: ${teacher.name}`);
      const verified = await fetch(VERIFY_URL.exec(pdf.text)![0], { headers: { "accept-language": "en" } });
      expect(verified.status).toBe(200);
      const body = await verified.text();
      expect(body).toContain("This certificate is genuine.");
      expect(body).toContain("European Quality Label");
      expect(body).toContain("Rivers of Europe");
    }

    const italian = await readPdf((await download(await app.as(marie, { locale: "it" }), european())).bytes);
    expect(italian.text).toContain("Quality Label europeo");
    expect(italian.text).toContain("è docente del progetto OpenTwinning «Rivers of Europe»");
  });

  it("refuses the European certificate to a teacher who is not in the project, a pupil and the national unit", async () => {
    const { registered } = await registerPupils(w.deps, w.actor(ada), [{ displayName: "Luca Pupillo" }]);
    await addPupilsToProject(w.deps, w.actor(ada), project.id, [registered[0]!.id]);
    const before = await w.store.database.knex("certificates").count({ n: "*" });
    const asGrace = await app.as(grace);
    const refused = [asGrace, await app.pupil(registered[0]!.id), await app.as(await w.moderator("IT"))];
    for (const client of refused) expect([403, 404]).toContain((await client.post(european())).status);
    // Grace teaches at the same school as the founder, but not in this project.
    expect((await asGrace.get("/app/certificates")).html).not.toContain(european());
    expect(await w.store.database.knex("certificates").count({ n: "*" })).toEqual(before);
  });

  it("certifies the school label to every teacher of the school, from the label's page and their certificates", async () => {
    // Grace never applied and is in no labelled project: the label is her school's.
    const asGrace = await app.as(grace);
    const labelPage = await asGrace.get("/app/school-label");
    expect(labelPage.html).toContain(`action="${schoolLabel()}"`);
    expect(labelPage.html).toContain("eTwinning School label: download the PDF");
    expect((await asGrace.get("/app/certificates")).html).toContain(`action="${schoolLabel()}"`);

    const pdf = await readPdf((await download(asGrace, schoolLabel())).bytes);
    expect(pdf.text).toContain("eTwinning School label");
    expect(pdf.text).toContain(
      "Grace Hopper teaches at Liceo Volta (Italy), which holds the eTwinning School label from November 22, 2028 to August 31, 2030.",
    );
    expect(pdf.info.Title).toBe("eTwinning School label: Grace Hopper");
    const verified = await (await fetch(VERIFY_URL.exec(pdf.text)![0])).text();
    expect(verified).toContain("This certificate is genuine.");
    expect(verified).toContain("eTwinning School label");
    expect(verified).toContain("Liceo Volta");

    const italian = await readPdf(
      (await download(await app.as(grace, { locale: "it" }), schoolLabel())).bytes,
    );
    expect(italian.text).toContain("Marchio Scuola eTwinning");
    expect(italian.text).toContain(
      "insegna nella scuola Liceo Volta (Italia), che ha il marchio Scuola eTwinning dal 22 novembre 2028 al 31 agosto 2030.",
    );
  });

  it("refuses the school label's certificate to a teacher of another school", async () => {
    const asMarie = await app.as(marie);
    const before = await w.store.database.knex("certificates").count({ n: "*" });
    const refused = await asMarie.post(schoolLabel());
    expect(refused.status).toBe(404);
    expect(refused.html).toContain("That certificate does not exist or is not visible to you.");
    expect((await asMarie.get("/app/certificates")).html).not.toContain("school_label");
    expect((await asMarie.get("/app/school-label")).html).not.toContain(schoolLabel());
    expect(await w.store.database.knex("certificates").count({ n: "*" })).toEqual(before);
  });

  it("says a school label's certificate lapsed once the label's period ended, not that it is forged", async () => {
    const asGrace = await app.as(grace);
    const { bytes, pdfPath } = await download(asGrace, schoolLabel());
    const url = VERIFY_URL.exec((await readPdf(bytes)).text)![0];
    const adas = await readPdf((await download(await app.as(ada), european())).bytes);
    const europeanUrl = VERIFY_URL.exec(adas.text)![0];

    w.clock.advanceDays(650); // 2030-09-03: the label's two school years are over
    const response = await fetch(url, { headers: { "accept-language": "en" } });
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain("its period ended on August 31, 2030");
    expect(body).toContain("Grace Hopper");
    expect(body).not.toContain("not genuine");
    expect(body).not.toContain("This certificate is genuine.");

    // Its holder can no longer download it, and is told why.
    const again = await asGrace.get(pdfPath);
    expect(again.html).not.toContain("%PDF");
    expect(again.html).toContain("period ended on");
    expect(again.html).toContain("can no longer be downloaded");
    expect((await asGrace.post(schoolLabel())).html).toContain("period ended on");
    expect((await asGrace.get("/app/certificates")).html).not.toContain(schoolLabel());
    expect((await asGrace.get("/app/school-label")).html).not.toContain(schoolLabel());

    // The European Quality Label has no period: its certificate still holds.
    expect(await (await fetch(europeanUrl)).text()).toContain("This certificate is genuine.");
  });
});
