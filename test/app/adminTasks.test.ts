import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../store/database.ts";
import { runEntry, startEntry } from "../support/process.ts";

/** `npm run admin` tasks on long work: a backup while the product runs, schools from a CSV. */
const dir = mkdtempSync(join(tmpdir(), "opentwinning-admin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function admin(env: Record<string, string>, ...args: string[]) {
  return runEntry("app/admin.ts", { LOG_LEVEL: "warn", ...env }, args);
}

async function tokenRows(databaseUrl: string): Promise<{ school_name: string; country: string }[]> {
  const database = openDatabase(databaseUrl);
  try {
    return await database
      .knex("lti_registration_tokens")
      .orderBy("school_name")
      .select("school_name", "country");
  } finally {
    await database.knex.destroy();
  }
}

describe("schools import", () => {
  const env = { DATABASE_URL: `sqlite:${join(dir, "import.sqlite")}`, PUBLIC_URL: "http://localhost:3999" };

  it("imports nothing when a row is bad and names every bad row by its line", async () => {
    const file = join(dir, "bad.csv");
    writeFileSync(
      file,
      "name,country,city\nLiceo Galilei,IT,Pisa\nLycée Hugo,XX,\n,FR,\nliceo galilei,it,\n",
    );
    const result = await admin(env, "schools", "import", "--file", file);
    expect(result.code).toBe(2);
    expect(result.err).toContain("Nothing was imported");
    expect(result.err).toMatch(/line 3: .*XX.* is not a participating country/);
    expect(result.err).toMatch(/line 4: .*School name/);
    expect(result.err).toContain("line 5: the same school as line 2");
    expect(await tokenRows(env.DATABASE_URL)).toEqual([]);
  });

  it("asks for the header it needs", async () => {
    const file = join(dir, "headerless.csv");
    writeFileSync(file, "Liceo Galilei,IT\n");
    const result = await admin(env, "schools", "import", "--file", file);
    expect(result.code).toBe(2);
    expect(result.err).toContain('header line with the columns "name" and "country"');
  });

  it("gives each school of a good file its registration URL, with progress", async () => {
    const file = join(dir, "good.csv");
    writeFileSync(file, 'name,country\nLiceo Galilei,IT\n"Lycée ""Victor"" Hugo",fr\n');
    const result = await admin(env, "schools", "import", "--file", file);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Liceo Galilei \(IT\): http:\/\/localhost:3999\/lti\/register\/\S{20,}/);
    expect(result.out).toMatch(/Lycée "Victor" Hugo \(FR\): http:\/\/localhost:3999\/lti\/register\/\S{20,}/);
    expect(result.err).toContain("import 100% (2/2)");
    expect(await tokenRows(env.DATABASE_URL)).toEqual([
      { school_name: "Liceo Galilei", country: "IT" },
      { school_name: 'Lycée "Victor" Hugo', country: "FR" },
    ]);
  });
});

describe("backup", () => {
  it("copies the SQLite database while the product runs and answers", async () => {
    const databaseUrl = `sqlite:${join(dir, "live.sqlite")}`;
    const app = await startEntry("app/main.ts", { PORT: "0", DATABASE_URL: databaseUrl }, /listening/);
    try {
      // Enough rows that the copy takes several steps, and requests to the server meanwhile.
      const database = openDatabase(databaseUrl);
      const rows = Array.from({ length: 3000 }, (_, index) => ({
        token_hash: `hash-${index}`.padEnd(64, "x"),
        school_name: `School ${index}`,
        country: "IT",
        created_at: "2026-11-30T00:00:00.000Z",
        expires_at: "2026-12-30T00:00:00.000Z",
        used_at: null,
      }));
      for (let start = 0; start < rows.length; start += 200) {
        await database.knex("lti_registration_tokens").insert(rows.slice(start, start + 200));
      }
      await database.knex.destroy();
      const port = Number(/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(app.output())?.[1]);
      const target = join(dir, "copy.sqlite");
      const [result, health] = await Promise.all([
        admin({ DATABASE_URL: databaseUrl }, "backup", "--to", target),
        fetch(`http://127.0.0.1:${port}/healthz`),
      ]);
      expect(health.status).toBe(200);
      expect(result.code).toBe(0);
      expect(result.out).toContain(`to ${target}`);
      expect(result.err).toMatch(/backup \d+% \(\d+\/\d+\)\n[\s\S]*backup 100% /);
      expect(await tokenRows(`sqlite:${target}`)).toHaveLength(3000);

      const again = await admin({ DATABASE_URL: databaseUrl }, "backup", "--to", target);
      expect(again.code).toBe(2);
      expect(again.err).toContain("exists already; name a new file");
    } finally {
      await app.stop();
    }
  });
});

describe("help", () => {
  it("answers --help and -h with the commands, wherever they stand, as `help` does", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "help.sqlite")}` };
    const asked = await admin(env, "help");
    expect(asked.code).toBe(0);
    expect(asked.out).toContain("registration-token create");
    for (const args of [["--help"], ["-h"], ["schools", "import", "--help"]]) {
      const answer = await admin(env, ...args);
      expect(answer.code, args.join(" ")).toBe(0);
      expect(answer.out, args.join(" ")).toBe(asked.out);
    }
  });
});
