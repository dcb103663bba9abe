import type { Knex } from "knex";
import type { Store, Tx } from "../core/index.ts";
import type { Database } from "./database.ts";
import { accountRepository } from "./repositories/accounts.ts";
import { approvalRepository } from "./repositories/approvals.ts";
import { certificateRepository } from "./repositories/certificates.ts";
import { contactRepository } from "./repositories/contacts.ts";
import { eventRepository } from "./repositories/events.ts";
import { grantRepository } from "./repositories/grants.ts";
import { identityRepository } from "./repositories/identities.ts";
import { invitationRepository } from "./repositories/invitations.ts";
import { labelRepository } from "./repositories/labels.ts";
import { linkCodeRepository } from "./repositories/linkCodes.ts";
import { chatMaterialRepository } from "./repositories/chatMaterials.ts";
import { materialRepository } from "./repositories/materials.ts";
import { memberRepository } from "./repositories/members.ts";
import { messageRepository } from "./repositories/messages.ts";
import {
  blockRepository,
  messageReportRepository,
  rateLimitRepository,
} from "./repositories/messageSafety.ts";
import { notificationRepository } from "./repositories/notifications.ts";
import { pageRepository } from "./repositories/pages.ts";
import { personalDataRepository } from "./repositories/personalData.ts";
import { groupRepository } from "./repositories/groups.ts";
import { onlineEventRepository } from "./repositories/onlineEvents.ts";
import { ideaRepository } from "./repositories/ideas.ts";
import { schoolAdminRepository } from "./repositories/schoolAdmins.ts";
import { schoolLabelRepository } from "./repositories/schoolLabels.ts";
import { schoolVerificationRepository } from "./repositories/schoolVerifications.ts";
import { countryWorkspaceRepository } from "./repositories/countryWorkspace.ts";
import { projectRepository } from "./repositories/projects.ts";
import { pupilRepository } from "./repositories/pupils.ts";
import { schoolRepository } from "./repositories/schools.ts";
import { settingsRepository } from "./repositories/settings.ts";
import { teacherRepository } from "./repositories/teachers.ts";
import { twinSpaceLookRepository } from "./repositories/twinSpaceLooks.ts";
import type { Scope } from "./rows.ts";

export function repositories(scope: Scope): Tx {
  return {
    schools: schoolRepository(scope),
    accounts: accountRepository(scope),
    teachers: teacherRepository(scope),
    pupils: pupilRepository(scope),
    contacts: contactRepository(scope),
    projects: projectRepository(scope),
    members: memberRepository(scope),
    invitations: invitationRepository(scope),
    approvals: approvalRepository(scope),
    labels: labelRepository(scope),
    settings: settingsRepository(scope),
    grants: grantRepository(scope),
    events: eventRepository(scope),
    identities: identityRepository(scope),
    linkCodes: linkCodeRepository(scope),
    notifications: notificationRepository(scope),
    personalData: personalDataRepository(scope),
    pages: pageRepository(scope),
    materials: materialRepository(scope),
    chatMaterials: chatMaterialRepository(scope),
    schoolVerifications: schoolVerificationRepository(scope),
    schoolAdmins: schoolAdminRepository(scope),
    ideas: ideaRepository(scope),
    groups: groupRepository(scope),
    onlineEvents: onlineEventRepository(scope),
    countryWorkspace: countryWorkspaceRepository(scope),
    messages: messageRepository(scope),
    blocks: blockRepository(scope),
    messageReports: messageReportRepository(scope),
    rateLimits: rateLimitRepository(scope),
    certificates: certificateRepository(scope),
    schoolLabels: schoolLabelRepository(scope),
    twinSpaceLooks: twinSpaceLookRepository(scope),
  };
}

const ATTEMPTS = 3;

/**
 * A conflict with a concurrent transaction: PostgreSQL serialization failure or deadlock, a
 * unique violation from a check-then-insert race (the retry then sees the other row and
 * answers with the rule's own refusal), or a busy SQLite file held by another process.
 */
export function isRetryableConflict(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; message?: string };
  if (e?.code === "40001" || e?.code === "40P01" || e?.code === "23505") return true;
  if (e?.code === "SQLITE_BUSY") return true;
  return e?.code === "SQLITE_CONSTRAINT" && /UNIQUE constraint failed/.test(e.message ?? "");
}

/** The core's Store on knex: each use case in one transaction, retried on conflicts. */
export class KnexStore implements Store {
  readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  get knex(): Knex {
    return this.database.knex;
  }

  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.knex.transaction((trx) =>
          work(repositories({ db: trx, dialect: this.database.dialect })),
        );
      } catch (error) {
        if (attempt >= ATTEMPTS || !isRetryableConflict(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
      }
    }
  }

  /**
   * A page's reads, in one read-only transaction on the readers (see Database.readers): a slow
   * search holds a reader, never the writer that every other request needs.
   */
  async readOnly<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const { readers, dialect } = this.database;
    return readers.transaction((trx) => work(repositories({ db: trx, dialect })), {
      // SQLite's readers are query-only connections already; knex warns if told again.
      readOnly: dialect === "postgres",
    });
  }

  /** Reads outside a transaction, for pages and listings. */
  read(): Tx {
    return repositories({ db: this.knex, dialect: this.database.dialect });
  }
}
