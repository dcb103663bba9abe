import type { Browser } from "playwright-core";
import type { TwinSpaceDirectory, TwinSpaceTranscripts } from "../../lti-tool/pages/twinSpaces.ts";
import type { Id } from "../../core/index.ts";
import type { MatrixSettings } from "../../lti-tool/pages/pupilAccountsPort.ts";
import { type LaunchContext, SessionStore, type Viewer } from "../../lti-tool/session/session.ts";
import { Visitor, type VisitorOptions } from "../support/browser.ts";
import { type RunningTool, startTool, type ToolOptions } from "../support/platform/tool.ts";
import type { World } from "../support/world.ts";

export interface Page {
  status: number;
  location: string | null;
  html: string;
}

/**
 * A signed-in browser for HTTP tests of the pages: a session made through the LTI side's
 * SessionStore (as a launch makes it), its cookie on every request and its CSRF token in
 * every form. Redirects are not followed, so tests see the POST-redirect-GET.
 */
export class Client {
  readonly tool: RunningTool;
  readonly cookie: string;
  readonly csrf: string;

  constructor(tool: RunningTool, cookie: string, csrf: string) {
    this.tool = tool;
    this.cookie = cookie;
    this.csrf = csrf;
  }

  async get(path: string): Promise<Page> {
    return read(
      await fetch(`${this.tool.url}${path}`, { headers: { cookie: this.cookie }, redirect: "manual" }),
    );
  }

  /**
   * Posts a form with the session's CSRF token unless the test sets `_csrf` itself, and the
   * tool's own Origin, as a browser sends it from the tool's page (`headers` may override it).
   */
  async post(
    path: string,
    form: Record<string, string | string[]> = {},
    headers: Record<string, string> = {},
  ): Promise<Page> {
    const body = new URLSearchParams();
    if (!("_csrf" in form)) body.append("_csrf", this.csrf);
    for (const [name, value] of Object.entries(form)) {
      for (const item of [value].flat()) body.append(name, item);
    }
    return read(
      await fetch(`${this.tool.url}${path}`, {
        method: "POST",
        headers: {
          cookie: this.cookie,
          origin: this.tool.url,
          "content-type": "application/x-www-form-urlencoded",
          ...headers,
        },
        body,
        redirect: "manual",
      }),
    );
  }
}

/**
 * The client's session in a real browser (Chromium, axe-audited pages): its cookie in a fresh
 * context; `checks` adds the language checks of every page (see VisitorOptions).
 */
export async function inBrowser(
  browser: Browser,
  client: Client,
  locale = "en",
  checks: Pick<VisitorOptions, "untranslated" | "lang"> = {},
): Promise<Visitor> {
  const visitor = await Visitor.open(browser, { locale, tool: client.tool.url, ...checks });
  const [name, value] = client.cookie.split("=") as [string, string];
  await visitor.page.context().addCookies([{ name, value, url: client.tool.url }]);
  return visitor;
}

async function read(response: Response): Promise<Page> {
  return { status: response.status, location: response.headers.get("location"), html: await response.text() };
}

/** The real tool on the world's database, and sessions for its people. */
export async function startPages(
  world: World,
  options: {
    matrix?: MatrixSettings;
    twinSpaces?: TwinSpaceDirectory;
    transcripts?: TwinSpaceTranscripts;
    emailEnabled?: boolean;
    oidc?: ToolOptions["oidc"];
    searchAdmission?: ToolOptions["searchAdmission"];
  } = {},
) {
  const tool = await startTool({ world, ...options });
  const sessions = new SessionStore(world.store.database);
  const signIn = async (viewer: Viewer, launch?: LaunchContext) => {
    const { token, session } = await sessions.create(viewer, launch);
    return new Client(tool, `ot_session=${token}`, session.csrfToken);
  };
  return {
    tool,
    /** A teacher (or an account with grants, roles: ["school_admin"]) as their launch signs them in. */
    as: (
      account: { id: Id; schoolId?: Id },
      options: { locale?: string; roles?: ("teacher" | "school_admin")[]; launch?: LaunchContext } = {},
    ) =>
      signIn(
        {
          kind: "account",
          accountId: account.id,
          schoolId: account.schoolId,
          roles: options.roles ?? ["teacher"],
          locale: options.locale ?? "en",
        },
        options.launch,
      ),
    pupil: (pupilId: Id, locale = "en") => signIn({ kind: "pupil", pupilId, locale }),
  };
}
