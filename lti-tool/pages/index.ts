import { Router } from "express";
import { AdmissionGate, type AdmissionLimits, SEARCH_ADMISSION } from "../web/admission.ts";
import type { CoreDeps } from "../../core/index.ts";
import type { Database } from "../../store/database.ts";
import { certificatePageRoutes } from "../certificates/routes.ts";
import { adminRoutes } from "./admin.ts";
import { adminRegistrationLinkRoutes } from "./adminRegistrationLinks.ts";
import { contactRoutes } from "./contacts.ts";
import { countryProjectRoutes } from "./countryProjects.ts";
import { countryWorkspaceRoutes } from "./countryWorkspace.ts";
import { type Pages, teachingOnly } from "./context.ts";
import { dashboardRoutes } from "./dashboard.ts";
import { emailPreferenceRoutes } from "./emailPreferences.ts";
import { eventRoutes } from "./events/routes.ts";
import { groupRoutes } from "./groups.ts";
import { interfaceLanguageRoutes } from "./interfaceLanguage.ts";
import { ideaRoutes } from "./ideas.ts";
import { europeanLabelRoutes } from "./europeanLabels.ts";
import { labelRoutes } from "./labels.ts";
import { matrixAccountRoutes } from "./matrixAccount.ts";
import { inboxRoutes } from "./messages/inbox.ts";
import { messageReportRoutes } from "./messages/reports.ts";
import { moderationRoutes } from "./moderation.ts";
import { NotificationFanout } from "./notifications/fanout.ts";
import { notificationRoutes } from "./notifications/page.ts";
import { privacyRoutes } from "./privacy.ts";
import { profileRoutes } from "./profile.ts";
import { projectRoutes } from "./projects/routes.ts";
import { pupilAccountRoutes } from "./pupilAccounts.ts";
import type { MatrixSettings } from "./pupilAccountsPort.ts";
import { schoolLabelRoutes } from "./schoolLabels.ts";
import { schoolOverviewRoutes } from "./schoolOverview.ts";
import { schoolVerificationRoutes } from "./schoolVerification.ts";
import { searchRoutes } from "./search.ts";
import { materialRoutes } from "./twinspace/materials.ts";
import { twinSpacePageRoutes } from "./twinspace/pages.ts";
import {
  noTranscripts,
  noTwinSpaces,
  type TwinSpaceDirectory,
  type TwinSpaceTranscripts,
} from "./twinSpaces.ts";

export interface PagesDeps {
  core: CoreDeps;
  database: Database;
  /** The Matrix side's rooms per project; without it every TwinSpace shows "being prepared". */
  twinSpaces?: TwinSpaceDirectory | undefined;
  /** The rooms' recent history for a national unit's read-only look; nothing without a homeserver. */
  transcripts?: TwinSpaceTranscripts | undefined;
  /** The homeserver, the bot and pupils' accounts; without it the Matrix pages say so. */
  matrix?: MatrixSettings | undefined;
  /** The Matrix web client that signs people in through OpenTwinning (MATRIX_CLIENT_URL); lti-tool/oidc/. */
  matrixClientUrl?: string | undefined;
  /** The tool's public address (PUBLIC_URL), for links people paste elsewhere (an LMS). */
  publicUrl?: () => string;
  /** Whether e-mail notifications are sent (SMTP configured). */
  emailEnabled?: boolean | undefined;
  /** How many partner searches run at once, and how long others wait (default SEARCH_ADMISSION). */
  searchAdmission?: AdmissionLimits | undefined;
}

/**
 * The signed-in pages under /app: teachers, pupils, national units and central admins.
 * Expects `res.locals.session` (loadSession + requireSession) and csrfProtection in front;
 * every action goes through a core use case, which decides whether it is allowed.
 */
export function pagesRouter(deps: PagesDeps): Router {
  const pages: Pages = {
    core: deps.core,
    database: deps.database,
    twinSpaces: deps.twinSpaces ?? noTwinSpaces,
    transcripts: deps.transcripts ?? noTranscripts,
    notifications: new NotificationFanout(deps.core, deps.database),
    matrix: deps.matrix,
    matrixClientUrl: deps.matrixClientUrl,
    publicUrl: deps.publicUrl ?? (() => ""),
    emailEnabled: deps.emailEnabled ?? false,
    searchGate: new AdmissionGate(deps.searchAdmission ?? SEARCH_ADMISSION),
  };
  const router = Router();
  // Teaching's own pages; the rest decide per project or per unit (core/rules/authority.ts).
  router.use(
    ["/search", "/contacts", "/ideas", "/messages", "/projects/new", "/pupils"],
    teachingOnly(pages),
  );
  router.use(
    dashboardRoutes(pages),
    profileRoutes(pages),
    emailPreferenceRoutes(pages),
    interfaceLanguageRoutes(pages),
    searchRoutes(pages),
    ideaRoutes(pages),
    groupRoutes(pages),
    eventRoutes(pages),
    contactRoutes(pages),
    inboxRoutes(pages),
    messageReportRoutes(pages),
    projectRoutes(pages),
    twinSpacePageRoutes(pages),
    materialRoutes(pages),
    labelRoutes(pages),
    certificatePageRoutes(pages),
    europeanLabelRoutes(pages),
    moderationRoutes(pages),
    countryProjectRoutes(pages),
    countryWorkspaceRoutes(pages),
    schoolVerificationRoutes(pages),
    schoolOverviewRoutes(pages),
    schoolLabelRoutes(pages),
    adminRegistrationLinkRoutes(pages),
    notificationRoutes(pages),
    adminRoutes(pages),
    matrixAccountRoutes(pages),
    pupilAccountRoutes(pages),
    privacyRoutes(pages),
  );
  return router;
}
