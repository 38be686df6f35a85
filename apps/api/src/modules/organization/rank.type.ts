import { Field, Int, ObjectType } from "type-graphql";
import type { EmploymentType } from "@bina/domain";
import { EmploymentTypeEnum } from "./organization.enums";

@ObjectType("Rank", { description: "A golongan/ruang with its pangkat (PNS, PP 99/2000), or a PPPK golongan I..XVII (Perpres 98/2020)." })
export class RankType {
  @Field({ description: "Stable code: `III/a` for PNS, `IX` for PPPK." })
  code: string;

  @Field({ description: "Pangkat name, e.g. `Penata Muda`; `Golongan IX` for PPPK." })
  name: string;

  @Field(() => EmploymentTypeEnum, { description: "The ladder this rank belongs to." })
  employmentType: EmploymentType;

  @Field(() => Int, { description: "Place in its ladder, 1 = lowest; comparable within one employment type." })
  order: number;
}
