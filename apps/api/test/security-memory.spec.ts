import "reflect-metadata";
import { createDataSource, SqlCounter } from "../src/database/data-source";
import { createTestDatabase } from "./support/test-database";

/** Every string an object holds in its own fields, arrays included (what a long-lived counter would keep alive). */
const heldStrings = (o: object): number =>
  Object.values(o).reduce((n: number, v: unknown) => n + (typeof v === "string" ? 1 : Array.isArray(v) ? v.filter((x) => typeof x === "string").length : 0), 0);

describe("the SQL statement counter", () => {
  it("counts every statement but keeps no statement text by default, however many run", async () => {
    const db = await createTestDatabase();
    const counter = new SqlCounter();
    const ds = createDataSource({ url: db.url, counter, poolSize: 2 });
    await ds.initialize();
    counter.reset();
    try {
      for (let i = 0; i < 2000; i++) await ds.query(`SELECT ${i} AS n`);
      expect(counter.count).toBe(2000);
      expect(heldStrings(counter)).toBe(0);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it("keeps at most the last `keep` statements when asked (a ring, for debugging tests)", () => {
    const counter = new SqlCounter(3);
    for (let i = 0; i < 10; i++) counter.add(`SELECT ${i}`);
    expect(counter.count).toBe(10);
    expect(counter.recent()).toEqual(["SELECT 7", "SELECT 8", "SELECT 9"]);
    counter.reset();
    expect([counter.count, counter.recent()]).toEqual([0, []]);
  });
});
