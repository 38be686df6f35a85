import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { notFound } from "../../kit/errors";
import { UserEntity } from "./user.entity";

/** The signed-in user's record (`me`). */
export async function getCurrentUser({ ds, caller }: { ds: DataSource; caller: Caller }): Promise<UserEntity> {
  const user = await ds.getRepository(UserEntity).findOneBy({ id: caller.user.id });
  if (!user) throw notFound("User", caller.user.id);
  return user;
}
