import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { DELIVERY_CHECKS } from "../../database/migrations/1764800000000-delivery";

/** A speaker, moderator or teacher: internal staff or invited (often from another city); the level sets the fee ceiling. */
@Entity({ name: "speakers" })
@Check("speakers_level_check", DELIVERY_CHECKS.speakers_level_check)
@Index("speakers_name_idx", ["name", "id"])
export class SpeakerEntity {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "varchar", length: 200 })
  name: string;

  @Column({ type: "varchar", length: 200 })
  institution: string;

  /** Where the speaker travels from (speakers invited from other cities share proven practice). */
  @Column({ name: "origin_city", type: "varchar", length: 100 })
  originCity: string;

  /** One of the domain's SPEAKER_LEVELS (PMK 49/2023 fee ceiling). */
  @Column({ type: "varchar", length: 24 })
  level: string;

  /** Competencies the speaker is an expert in. */
  @Column({ name: "expertise_ids", type: "uuid", array: true, default: () => "'{}'" })
  expertiseIds: string[];

  @Column({ type: "varchar", length: 254, nullable: true })
  email: string | null;

  @Column({ type: "varchar", length: 20, nullable: true })
  phone: string | null;

  /** A civil servant of the city (not paid an external speaker's fee by default). */
  @Column({ type: "boolean", default: false })
  internal: boolean;

  @Column({ type: "integer", default: 1 })
  version: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
