import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { CompetencyKind } from "@bina/domain";

/** An entry of the city's competency dictionary: the national managerial and socio-cultural ones, and its own technical ones. */
@Entity({ name: "competencies" })
export class CompetencyEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("competencies_code_key", { unique: true })
  @Column({ type: "varchar", length: 40 })
  code: string;

  @Column({ type: "varchar", length: 20 })
  kind: CompetencyKind;

  @Column({ type: "varchar", length: 150 })
  name: string;

  @Column({ type: "text", nullable: true })
  description: string | null;

  @Column({ type: "boolean", default: true })
  active: boolean;

  @Column({ type: "integer", default: 1 })
  version: number;
}
