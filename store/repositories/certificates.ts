import { randomBytes } from "node:crypto";
import type { CertificateRepository, IssuedCertificate } from "../../core/index.ts";
import type { Scope } from "../rows.ts";

interface CertificateRow {
  id: string;
  kind: string;
  holder_id: string;
  subject_id: string;
  issued_at: string;
}

function toCertificate(row: CertificateRow): IssuedCertificate {
  return {
    id: row.id,
    kind: row.kind,
    holderId: row.holder_id,
    subjectId: row.subject_id,
    issuedAt: row.issued_at,
  };
}

/** 192 random bits: the verification URL is public, so its token must not be guessable. */
function newToken(): string {
  return randomBytes(24).toString("base64url");
}

export function certificateRepository({ db }: Scope): CertificateRepository {
  const find = async (kind: string, holderId: string, subjectId: string) =>
    db<CertificateRow>("certificates").where({ kind, holder_id: holderId, subject_id: subjectId }).first();
  return {
    async issue(kind, holderId, subjectId, at) {
      const before = await find(kind, holderId, subjectId);
      if (before) return { certificate: toCertificate(before), issued: false };
      // Two downloads at once: the second insert is ignored and both read the first one's row.
      const id = newToken();
      await db("certificates")
        .insert({ id, kind, holder_id: holderId, subject_id: subjectId, issued_at: at })
        .onConflict(["holder_id", "kind", "subject_id"])
        .ignore();
      const row = await find(kind, holderId, subjectId);
      if (!row) throw new Error("certificate not recorded");
      return { certificate: toCertificate(row), issued: row.id === id };
    },
    async get(id) {
      const row = await db<CertificateRow>("certificates").where({ id }).first();
      return row ? toCertificate(row) : undefined;
    },
  };
}
