import { Pool } from "pg";
import { EMBEDDED_POOL_SIZE } from "../src/database/data-source";
import { createTestDatabase } from "./support/test-database";

/**
 * Parallel requests each get their own answer. On the embedded PGlite (the suite without DATABASE_URL) this runs with
 * as many connections as the API pools there: PGlite is one session, and with several connections its socket server
 * interleaved their extended-protocol messages, so one request's parameters were bound to another's statement
 * (reproduced on the running API: "unnamed prepared statement does not exist", an admin told "This account is no
 * longer active", `me` answering NOT_FOUND; here: wrong rows and reset connections with 4).
 */
let pool: Pool;
let drop: () => Promise<void>;
beforeAll(async () => {
  const db = await createTestDatabase();
  drop = db.drop;
  pool = new Pool({ connectionString: db.url, max: process.env.BINA_TEST_EMBEDDED ? EMBEDDED_POOL_SIZE : 4 });
  // pool.end() resolves before its idle connections' sockets close, so dropping the database right after can reach one
  // of them ("terminating connection due to administrator command"); a pool without an error listener turns that
  // into an unhandled error that fails the file. A failed query still rejects its own promise, which the test counts.
  pool.on("error", () => undefined);
  await pool.query("CREATE TABLE race (id int PRIMARY KEY, v text NOT NULL)");
});
afterAll(async () => {
  await pool?.end();
  await drop?.();
});

test("parallel transactions and reads each get their own answer", async () => {
  let wrong = 0;
  const failures: string[] = [];
  const write = async (i: number) => {
    const c = await pool.connect();
    try {
      await c.query("BEGIN");
      await c.query("INSERT INTO race VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET v = excluded.v", [i % 7, `w${i}`]);
      const { rows } = await c.query<{ v: string }>("SELECT v FROM race WHERE id = $1 FOR UPDATE", [i % 7]);
      if (rows[0]?.v !== `w${i}`) wrong++;
      await c.query("COMMIT");
    } catch (e) {
      await c.query("ROLLBACK").catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  };
  const read = async (i: number) => {
    const { rows } = await pool.query<{ a: number; b: string }>("SELECT $1::int AS a, $2::text AS b", [i, `r${i}`]);
    if (rows[0]?.a !== i || rows[0]?.b !== `r${i}`) wrong++;
  };
  for (let round = 0; round < 20; round++) {
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, k) => (k % 3 === 0 ? write(round * 100 + k) : read(round * 100 + k))));
    for (const r of results) if (r.status === "rejected") failures.push(String((r.reason as Error).message));
  }
  expect(failures.slice(0, 3)).toEqual([]);
  expect(wrong).toBe(0);
});
