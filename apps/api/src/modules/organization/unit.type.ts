import { Field, ID, ObjectType } from "type-graphql";
import type { UnitKind } from "@bina/domain";
import { UnitKindEnum } from "./organization.enums";

@ObjectType("Unit", { description: "A unit of the organisation tree: the city, an OPD, a kecamatan or kelurahan office, or a section inside one." })
export class UnitType {
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Field({ description: "Stable code, e.g. the region code `337301` for Kecamatan Sidorejo." })
  code: string;

  @Field({ description: "Official name." })
  name: string;

  @Field(() => UnitKindEnum, { description: "What kind of unit." })
  kind: UnitKind;

  /** The stored parent id; the `parentId` field resolver hides it when the parent is outside the caller's scope. */
  parentId: string | null;

  /** Materialised path of ids, internal. */
  path: string;
}
