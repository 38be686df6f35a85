import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { UserEntity } from "./user.entity";

/** Revokes every token of the caller (on every device) by bumping their token version. */
export async function logout({ ds, caller }: { ds: DataSource; caller: Caller }): Promise<boolean> {
  await ds.getRepository(UserEntity).increment({ id: caller.user.id }, "tokenVersion", 1);
  return true;
}
