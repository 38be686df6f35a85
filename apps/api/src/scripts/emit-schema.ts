import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createSchema } from "../graphql/schema";

/** Writes schema.graphql (the contract the admin app's codegen reads); with --check, fails when the committed file is stale. */
async function run(): Promise<void> {
  const target = path.resolve(__dirname, "..", "..", "schema.graphql");
  const check = process.argv.includes("--check");
  const out = check ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bina-schema-")), "schema.graphql") : target;
  await createSchema(out);
  if (!check) return console.log(`schema written to ${target}`);
  const fresh = fs.readFileSync(out, "utf8");
  const committed = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (fresh !== committed) {
    console.error("apps/api/schema.graphql is stale: run `pnpm --filter @bina/api build && pnpm --filter @bina/api schema:emit` and commit it");
    process.exit(1);
  }
  console.log("schema.graphql is up to date");
}

void run();
