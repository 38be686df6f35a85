import { COMPETENCY_KINDS } from "@bina/domain";
import { describedEnum } from "../../kit/enum-of";

export const CompetencyKindEnum = describedEnum(
  "CompetencyKind",
  "PermenPANRB 38/2017: TECHNICAL (the city's own dictionary), MANAGERIAL (the 8 national ones), SOCIO_CULTURAL (Perekat Bangsa).",
  COMPETENCY_KINDS,
  {
    TECHNICAL: "Technical: what a position's field of work needs; the city keeps its own dictionary (codes `T.*`).",
    MANAGERIAL: "Managerial: the national competencies of leading and managing (codes `M.*`).",
    SOCIO_CULTURAL: "Socio-cultural: working in a plural society, Perekat Bangsa (codes `SK.*`).",
  },
);
