#!/usr/bin/env node
// `pnpm bench`: the domain's benchmarks, then the API's (request latencies, then the load comparison with PostGraphile
// and the SQL floor). `pnpm bench --scale [--sizes city,100000,1000000] [--iterations 10]`: the latency table at a
// city's size and on generated regional data (apps/api/src/scripts/bench-scale.ts; needs DATABASE_URL).
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const run = (...command) => {
  const r = spawnSync("pnpm", command, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (args.includes("--scale")) {
  run("--filter", "@bina/api", "run", "bench:scale", ...args.filter((a) => a !== "--scale"));
} else {
  run("--filter", "@bina/domain", "run", "bench");
  run("--filter", "@bina/api", "run", "bench", ...args);
}
