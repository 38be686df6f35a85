import { registerEnumType } from "type-graphql";
import { COMPETENCY_KINDS } from "@bina/domain";
import { enumOf } from "../../kit/enum-of";

export const CompetencyKindEnum = enumOf(COMPETENCY_KINDS);
registerEnumType(CompetencyKindEnum, {
  name: "CompetencyKind",
  description: "PermenPANRB 38/2017: TECHNICAL (the city's own dictionary), MANAGERIAL (the 8 national ones), SOCIO_CULTURAL (Perekat Bangsa).",
});
