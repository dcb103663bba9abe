import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIGURATION_VARIABLES } from "../../app/config.ts";
import { MATERIALS_VARIABLES } from "../../lti-tool/materials/config.ts";
import { OIDC_VARIABLES } from "../../lti-tool/oidc/config.ts";

/** What an IT admin reads to configure the product names every variable it reads, and no other. */
describe("the configuration's documentation", () => {
  const variables = [...CONFIGURATION_VARIABLES, ...MATERIALS_VARIABLES, ...OIDC_VARIABLES].sort();

  it("lists every variable in .env.example, the commented template", () => {
    const template = readFileSync(".env.example", "utf8");
    const named = [...template.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]).sort();
    expect(named).toEqual(variables);
  });

  it("lists every variable in README's configuration table", () => {
    const readme = readFileSync("README.md", "utf8");
    const named = [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]*)` +\|/gm)].map((m) => m[1]).sort();
    expect(named).toEqual(variables);
  });
});
