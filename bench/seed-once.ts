import { seededDatabase, stopBenchPostgres } from "./databases.ts";
const [dialect, ...sizes] = process.argv.slice(2);
for (const s of sizes) {
  const db = await seededDatabase(dialect as "sqlite" | "postgres", Number(s));
  console.log(db.teachers.length);
  await db.close();
}
await stopBenchPostgres();
