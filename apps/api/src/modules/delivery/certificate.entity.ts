import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { NominationEntity } from "./nomination.entity";

/** An STTPP issued to a participant who completed a batch; revoked ones stay (the public page says REVOKED). */
@Entity({ name: "certificates" })
@Index("certificates_nomination_key", ["nominationId"], { unique: true })
@Index("certificates_code_key", ["code"], { unique: true })
@Index("certificates_number_key", ["number"], { unique: true })
export class CertificateEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "certificates_pkey" })
  id: string;

  @Column({ name: "nomination_id", type: "uuid" })
  nominationId: string;

  @ManyToOne(() => NominationEntity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "nomination_id", foreignKeyConstraintName: "certificates_nomination_id_fkey" })
  nomination?: NominationEntity;

  /** The public verification code (20 characters of Crockford base32: 100 random bits). */
  @Column({ type: "varchar", length: 32 })
  code: string;

  /** The printed number, e.g. `STTPP/2026/000123`. */
  @Column({ type: "varchar", length: 64 })
  number: string;

  @Column({ name: "issued_at", type: "timestamptz", default: () => "now()" })
  issuedAt: Date;

  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  @Column({ name: "revoked_reason", type: "varchar", length: 500, nullable: true })
  revokedReason: string | null;
}
