import http from "node:http";
import { findRank } from "@bina/domain";
import { Pool } from "pg";

/**
 * The hand-written floor of `pnpm bench` (bench-load): a bare node:http server answering POST /graphql with the
 * employees page the API serves (50 active employees by name: NIP, name, rank, unit name), from ONE SQL statement
 * through pg, whatever the body says: no GraphQL, no auth, no ORM. What any GraphQL server on these tables can at
 * best approach. `?totalCount=1` adds the count (in the same statement); `?typename=1` answers `{ __typename }`.
 * Usage: node bench-floor.js DATABASE_URL PORT.
 */
interface Row {
  nip: string;
  name: string;
  rank_code: string;
  unit_name: string;
  total: string | null;
}

const PAGE = `
  SELECT e.nip, e.name, e.rank_code, u.name AS unit_name,
         CASE WHEN $1::boolean THEN (SELECT count(*) FROM employees c WHERE c.active) END AS total
    FROM employees e JOIN units u ON u.id = e.unit_id
   WHERE e.active
   ORDER BY e.name, e.id
   LIMIT 50`;

const [databaseUrl, port = "4302"] = process.argv.slice(2);
const pool = new Pool({ connectionString: databaseUrl, max: 10 });

const server = http.createServer((req, res) => {
  const url = req.url ?? "";
  req.resume();
  req.on("end", () => {
    if (url.includes("typename=1")) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"data":{"__typename":"Query"}}');
      return;
    }
    const withTotal = url.includes("totalCount=1");
    pool.query<Row>(PAGE, [withTotal]).then(
      ({ rows }) => {
        const edges = rows.map((r) => {
          const rank = findRank(r.rank_code);
          return { node: { nip: r.nip, name: r.name, rank: { code: r.rank_code, name: rank?.name ?? null }, unit: { name: r.unit_name } } };
        });
        const employees = withTotal ? { totalCount: Number(rows[0]?.total ?? 0), edges } : { edges };
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ data: { employees } }));
      },
      (e: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ message: String(e) }] }));
      },
    );
  });
});

server.listen(Number(port), () => console.log(`[floor] ready on ${port}`));
process.on("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
