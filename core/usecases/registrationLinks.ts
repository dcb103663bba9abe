import { DomainError } from "../errors.ts";
import { validateSchool } from "./registration.ts";
import { type Actor, type CoreDeps, requireCentralAdmin } from "./context.ts";

/** What a registration link fixes: a new school (name and country), a national unit, or the central support service. */
export type RegistrationLinkTarget =
  | { kind: "school"; schoolName: string; country: string }
  | { kind: "national_unit"; country: string }
  | { kind: "central_support" };

/**
 * The central admin makes registration links in the pages, as the operator does with
 * `npm run admin -- registration-token create`: for a new school, or for a national unit's
 * own LMS (its launches are staff). Core checks the role and the input; the LTI side stores
 * the token.
 */
export async function planRegistrationLink(
  deps: CoreDeps,
  actor: Actor,
  input: { kind: unknown; schoolName?: unknown; country?: unknown },
): Promise<RegistrationLinkTarget> {
  await deps.store.transaction((tx) => requireCentralAdmin(tx, actor.accountId));
  if (input.kind === "national_unit")
    return { kind: "national_unit", country: deps.countries.fromForm(input.country) };
  if (input.kind === "central_support") return { kind: "central_support" };
  if (input.kind !== "school") throw new DomainError("invalid_input", { field: "kind" });
  const school = validateSchool(deps, { name: input.schoolName, country: input.country });
  return { kind: "school", schoolName: school.name, country: school.country };
}
