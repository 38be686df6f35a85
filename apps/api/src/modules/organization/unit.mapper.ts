import type { UnitEntity } from "./unit.entity";
import { UnitType } from "./unit.type";

export const toUnitType = (u: UnitEntity): UnitType =>
  Object.assign(new UnitType(), { id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parentId, path: u.path });
