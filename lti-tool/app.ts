import express, { type Express } from "express";
import type { Database } from "../store/database.ts";
import { landingRoutes } from "./web/landing.ts";
import { securityHeaders } from "./web/security.ts";

export interface ToolAppOptions {
  database: Database;
}

/** The web side of OpenTwinning: public pages, the LTI endpoints and the teachers' pages. */
export function createToolApp({ database }: ToolAppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  // Behind a TLS-terminating proxy (the normal deployment) req.secure must reflect the client's scheme.
  app.set("trust proxy", "loopback, linklocal, uniquelocal");
  app.use(securityHeaders);
  app.use("/assets", express.static(new URL("./web/assets/", import.meta.url).pathname, { maxAge: "1h" }));
  app.use(landingRoutes(database));
  return app;
}
