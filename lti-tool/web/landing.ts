import { type Request, type Response, Router } from "express";
import type { Database } from "../../store/database.ts";
import { html } from "./html.ts";
import { webMessages } from "./i18n/index.ts";
import { layout } from "./layout.ts";

/** The public front page (what OpenTwinning is, how a school connects) and the health check. */
export function landingRoutes(database: Database): Router {
  const router = Router();
  router.get("/", (req: Request, res: Response) => {
    const t = webMessages.translator(req.acceptsLanguages(...webMessages.locales) || undefined);
    const body = html`<h1>${t.t("landing.title")}</h1>
      <p>${t.t("landing.intro")}</p>
      <h2>${t.t("landing.teachers.heading")}</h2>
      <p>${t.t("landing.teachers.body")}</p>
      <h2>${t.t("landing.admins.heading")}</h2>
      <p>${t.t("landing.admins.body")}</p>
      <p><a href="/healthz">${t.t("landing.health")}</a></p>`;
    res.type("html").send(layout({ t, title: t.t("landing.title"), body }));
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
