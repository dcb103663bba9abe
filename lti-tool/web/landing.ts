import { type Request, type Response, Router } from "express";
import type { Database } from "../../store/database.ts";
import { handle } from "../lti/context.ts";
import { REGISTRATION_TOKEN_COMMAND } from "../lti/firstRegistration.ts";
import { Deployments } from "../lti/store.ts";
import { html } from "./html.ts";
import { webMessages } from "./i18n/index.ts";
import { layout } from "./layout.ts";

const FAVICON = new URL("./assets/favicon.ico", import.meta.url).pathname;

/**
 * The public front page (what OpenTwinning is, how a school connects; on a fresh install, the
 * operator's next step), the favicon and the health check.
 */
export function landingRoutes(database: Database): Router {
  const router = Router();
  const deployments = new Deployments(database.knex);
  router.get(
    "/",
    handle(async (req: Request, res: Response) => {
      const t = webMessages.translator(req.acceptsLanguages(...webMessages.locales) || undefined);
      const setup = (await deployments.anyRegistered())
        ? ""
        : html`<h2>${t.t("landing.setup.heading")}</h2>
          <p>${t.t("landing.setup.body")}</p>
          <pre><code>${REGISTRATION_TOKEN_COMMAND}</code></pre>
          <p>${t.t("landing.setup.readme")}</p>`;
      const body = html`<h1>${t.t("landing.title")}</h1>
      <p>${t.t("landing.intro")}</p>
      <h2>${t.t("landing.teachers.heading")}</h2>
      <p>${t.t("landing.teachers.body")}</p>
      <h2>${t.t("landing.admins.heading")}</h2>
      <p>${t.t("landing.admins.body")}</p>
      ${setup}
      <p><a href="/healthz">${t.t("landing.health")}</a></p>`;
      res.type("html").send(layout({ t, title: t.t("landing.title"), body }));
    }),
  );
  // Browsers ask for /favicon.ico on every site, whatever the page links.
  router.get("/favicon.ico", (_req: Request, res: Response) => {
    res.set("Cache-Control", "public, max-age=86400").sendFile(FAVICON);
  });
  router.get("/healthz", async (_req: Request, res: Response) => {
    try {
      await database.knex.raw("select 1");
      res.json({ status: "ok", database: database.dialect });
    } catch {
      res.status(503).json({ status: "unavailable", database: database.dialect });
    }
  });
  return router;
}
