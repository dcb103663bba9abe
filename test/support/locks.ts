import type { World } from "./world.ts";

/** Holds an exclusive lock on the teachers table (PostgreSQL) until released: searches wait on it. */
export async function lockTeachers(w: World): Promise<() => Promise<void>> {
  const { knex } = w.store.database;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holder = knex.transaction(async (trx) => {
    await trx.raw("LOCK TABLE teachers IN ACCESS EXCLUSIVE MODE");
    locked();
    await released;
  });
  await isLocked;
  return async () => {
    release();
    await holder;
  };
}

/** Resolves once a query waits on a lock (the search that now holds its place in line). */
export async function someoneWaitsOnALock(w: World): Promise<void> {
  const { knex } = w.store.database;
  for (;;) {
    const [{ n }] = (await knex("pg_locks").where({ granted: false }).count({ n: "*" })) as [{ n: string }];
    if (Number(n) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
