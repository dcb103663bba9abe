import { type Request, type Response, Router } from "express";
import type { CoreDeps, Translator } from "../../core/index.ts";
import type { Database } from "../../store/database.ts";
import { handle } from "../lti/context.ts";
import { requestTranslator } from "../session/middleware.ts";
import { sendNotice } from "../session/notice.ts";
import { html } from "../web/html.ts";
import { webMessages } from "../web/i18n/index.ts";
import { layout } from "../web/layout.ts";
import { UNSUBSCRIBE_PATH } from "./emailNotifications.ts";
import { EMAIL_KINDS } from "./kinds.ts";
import { EmailPreferences } from "./preferences.ts";
import { type UnsubscribeRequest, UnsubscribeTokens } from "./unsubscribeToken.ts";

/**
 * The unsubscribe page an e-mail links to, without a session: the signed token names the
 * person and what to stop. GET only shows a confirmation button (link scanners open links);
 * POST stops the e-mails, from that button or from a mail client's RFC 8058 one-click request.
 * Same-origin checks exempt this path (lti-tool/app.ts): the token is the proof.
 */
export function unsubscribeRoutes(core: CoreDeps, database: Database, secret: string): Router {
  const router = Router();
  const tokens = new UnsubscribeTokens(secret);
  const preferences = new EmailPreferences(database.knex);

  /** The person's language, or the browser's when the token is not genuine. */
  const verified = async (req: Request, res: Response) => {
    const request = await tokens.verify(String(req.params.token ?? ""));
    const account = request
      ? await core.store.transaction(async (tx) => (await tx.accounts.getMany([request.accountId]))[0])
      : undefined;
    if (!request || !account) {
      const t = requestTranslator(req, res);
      sendNotice(res, 403, t, {
        title: t.t("unsubscribe.invalid.title"),
        message: t.t("unsubscribe.invalid.body"),
      });
      return undefined;
    }
    return { request, t: webMessages.translator(account.locale) };
  };

  router.get(
    `${UNSUBSCRIBE_PATH}/:token`,
    handle(async (req, res) => {
      const found = await verified(req, res);
      if (!found) return;
      const { t, request } = found;
      const body = html`<h1>${t.t("unsubscribe.title")}</h1>
        <p>${t.t(`unsubscribe.confirm.${scopeKey(request)}`, scopeParams(t, request))}</p>
        <form method="post" action="${UNSUBSCRIBE_PATH}/${String(req.params.token)}">
          <p><button type="submit" class="primary">${t.t("unsubscribe.button")}</button></p>
        </form>`;
      res.type("html").send(layout({ t, title: t.t("unsubscribe.title"), body }));
    }),
  );

  router.post(
    `${UNSUBSCRIBE_PATH}/:token`,
    handle(async (req, res) => {
      const found = await verified(req, res);
      if (!found) return;
      const { t, request } = found;
      const kinds = request.scope === "all" ? EMAIL_KINDS : [request.scope];
      await preferences.save(request.accountId, Object.fromEntries(kinds.map((kind) => [kind, "never"])));
      const body = html`<h1>${t.t("unsubscribe.title")}</h1>
        <p>${t.t(`unsubscribe.done.${scopeKey(request)}`, scopeParams(t, request))}</p>
        <p>${t.t("unsubscribe.change_later")}</p>`;
      res.type("html").send(layout({ t, title: t.t("unsubscribe.title"), body }));
    }),
  );
  return router;
}

const scopeKey = (request: UnsubscribeRequest) => (request.scope === "all" ? "all" : "kind");
const scopeParams = (t: Translator, request: UnsubscribeRequest): Record<string, string> =>
  request.scope === "all" ? {} : { kind: t.t(`email.kind.${request.scope}`) };
