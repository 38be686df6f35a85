import type { DataSource } from "typeorm";
import { preparedRows } from "../../kit/prepared";
import type { Role } from "../../kit/role";

/** What a token check needs of its user, read on every authenticated request. */
export interface UserStateRow {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
  readonly unitId: string | null;
  readonly active: boolean;
  readonly tokenVersion: number;
}

/**
 * One user's current role, unit and token version by primary key, or null. Plain SQL, prepared once per connection: it
 * runs on every request, and TypeORM's query building and entity hydration cost several times the lookup itself.
 */
export async function userState(ds: DataSource, id: string): Promise<UserStateRow | null> {
  const [row] = await preparedRows<UserStateRow>(
    ds,
    `SELECT id, username, role, unit_id AS "unitId", active, token_version AS "tokenVersion" FROM users WHERE id = $1`,
    [id],
  );
  return row ?? null;
}
