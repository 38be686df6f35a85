import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { COMPETENCY_CODE_MAX_LENGTH, COMPETENCY_DESCRIPTION_MAX_LENGTH, COMPETENCY_NAME_MAX_LENGTH, type CompetencyKind } from "@bina/domain";

/** An entry of the city's competency dictionary: the national managerial and socio-cultural ones, and its own technical ones. */
@Entity({ name: "competencies" })
@Check("competencies_description_length", `char_length("description") <= ${COMPETENCY_DESCRIPTION_MAX_LENGTH}`)
export class CompetencyEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("competencies_code_key", { unique: true })
  /** Length from the domain (`COMPETENCY_CODE_MAX_LENGTH`), like the input class and the admin form. */
  @Column({ type: "varchar", length: COMPETENCY_CODE_MAX_LENGTH })
  code: string;

  @Column({ type: "varchar", length: 20 })
  kind: CompetencyKind;

  @Column({ type: "varchar", length: COMPETENCY_NAME_MAX_LENGTH })
  name: string;

  /** At most `COMPETENCY_DESCRIPTION_MAX_LENGTH` characters (a CHECK constraint, migration 1764500000200). */
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Column({ type: "boolean", default: true })
  active: boolean;

  @Column({ type: "integer", default: 1 })
  version: number;
}
