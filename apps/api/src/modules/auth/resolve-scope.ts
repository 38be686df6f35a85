import type { DataSource } from "typeorm";
import { UnitEntity } from "../organization/unit.entity";
import { forbidden } from "../../kit/errors";
import type { AuthUser, Scope } from "../../kit/caller";

/** ADMIN and ANALYST see everything; a UNIT_OPERATOR sees its unit's subtree. */
export async function resolveScope(ds: DataSource, user: AuthUser): Promise<Scope> {
  if (user.role !== "UNIT_OPERATOR") return { kind: "ALL" };
  const unit = user.unitId ? await ds.getRepository(UnitEntity).findOneBy({ id: user.unitId }) : null;
  if (!unit) throw forbidden("This operator account is not bound to an existing unit");
  return { kind: "SUBTREE", unitId: unit.id, path: unit.path };
}
