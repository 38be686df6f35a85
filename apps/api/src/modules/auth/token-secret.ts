import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** On the embedded database, the token secret is generated once and kept beside the data, so tokens survive restarts. */
export function embeddedTokenSecret(dataDir: string): string {
  const file = path.join(path.dirname(dataDir), "token-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
