import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CYCLE_NAME_MAX_LENGTH } from "@bina/domain";

export const CYCLE_STATUSES = ["OPEN", "CLOSED"] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** One fiscal year's needs assessment (PP 11/2017 art. 203–206). */
@Entity({ name: "assessment_cycles" })
export class AssessmentCycleEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("assessment_cycles_year_key", { unique: true })
  @Column({ type: "smallint" })
  year: number;

  @Column({ type: "varchar", length: CYCLE_NAME_MAX_LENGTH })
  name: string;

  @Column({ type: "varchar", length: 10, default: "OPEN" })
  status: CycleStatus;
}
