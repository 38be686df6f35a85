import { checkRupiah, type RupiahError } from "../budget/rupiah.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/** A speaker's level for the fee ceiling (PMK 49/2023): minister or equivalent, eselon I, eselon II, eselon III and below (or equivalent). */
export const SPEAKER_LEVELS = ["MINISTER", "ESELON_I", "ESELON_II", "ESELON_III_BELOW"] as const;
export type SpeakerLevel = (typeof SPEAKER_LEVELS)[number];

/** What a person does in a session: speaker (narasumber), moderator, or teacher inside a training course (pengajar). */
export const SESSION_ROLES = ["SPEAKER", "MODERATOR", "TEACHER"] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

/** Fee ceilings in whole rupiah, and the standard each comes from (named in a FEE_ABOVE_CEILING's `reason`). */
export interface SpeakerFeeRules {
  /** A speaker's ceiling per paid hour (orang-jam) of 60 minutes, by level. */
  readonly speakerPerHour: Readonly<Record<SpeakerLevel, number>>;
  /** A moderator's ceiling per session, whatever its length. */
  readonly moderatorPerSession: number;
  /** A teacher's ceiling per JP (45 minutes) inside a training course. */
  readonly teacherPerJp: number;
  /** The standard behind each role's ceiling, a stable code. */
  readonly standards: Readonly<Record<SessionRole, string>>;
}

/**
 * Standard costs are ceilings (DOMAIN.md §8). Speakers and moderators: PMK 49/2023 (Standar Biaya
 * Masukan, FY2024), honorarium narasumber per orang-jam of 60 minutes: minister level
 * Rp1,700,000; eselon I Rp1,400,000; eselon II Rp1,000,000; eselon III and below Rp900,000;
 * moderator Rp700,000 per session. These do not apply inside a training course, whose teachers are
 * paid per JP: Rp300,000 per JP for an external teacher is *unverified* (a configurable default, to
 * be replaced by the city's own standard, e.g. its Pergub on standard costs).
 */
export const SPEAKER_FEE_RULES: SpeakerFeeRules = Object.freeze({
  speakerPerHour: Object.freeze({ MINISTER: 1_700_000, ESELON_I: 1_400_000, ESELON_II: 1_000_000, ESELON_III_BELOW: 900_000 }),
  moderatorPerSession: 700_000,
  teacherPerJp: 300_000, // unverified
  standards: Object.freeze({ SPEAKER: "PMK_49_2023", MODERATOR: "PMK_49_2023", TEACHER: "TEACHER_PER_JP_UNVERIFIED" }),
});

export interface SessionFeeBasis {
  readonly role: SessionRole;
  /** The speaker's level; only read for SPEAKER. */
  readonly level?: SpeakerLevel | null | undefined;
  /** The session's length in minutes; only read for SPEAKER. */
  readonly minutes?: number | null | undefined;
  /** The session's JP; only read for TEACHER. */
  readonly jp?: number | null | undefined;
}

const isRole = (x: unknown): x is SessionRole => typeof x === "string" && (SESSION_ROLES as readonly string[]).includes(x);
const isLevel = (x: unknown): x is SpeakerLevel => typeof x === "string" && (SPEAKER_LEVELS as readonly string[]).includes(x);
const isJp = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 1e9;

/**
 * The fee ceiling of one session in whole rupiah, rounded down (a ceiling never rounds up):
 * SPEAKER `speakerPerHour[level] × minutes / 60`; MODERATOR `moderatorPerSession`; TEACHER
 * `teacherPerJp × jp` (jp to hundredths). An unknown role, a SPEAKER without a known level or
 * without whole minutes >= 0, or a TEACHER without a finite jp >= 0 is a programmer error
 * (RangeError); {@link checkSessionFee} refuses a bad jp as a field error.
 */
export const feeCeiling = (basis: SessionFeeBasis, rules: SpeakerFeeRules = SPEAKER_FEE_RULES): number => {
  switch (basis.role) {
    case "SPEAKER": {
      if (!isLevel(basis.level)) throw new RangeError(`feeCeiling: unknown speaker level ${String(basis.level)}`);
      const minutes = basis.minutes;
      if (typeof minutes !== "number" || !Number.isSafeInteger(minutes) || minutes < 0) throw new RangeError(`feeCeiling: minutes must be an integer >= 0, got ${String(minutes)}`);
      return Math.floor((rules.speakerPerHour[basis.level] * minutes) / 60);
    }
    case "MODERATOR":
      return rules.moderatorPerSession;
    case "TEACHER": {
      if (!isJp(basis.jp)) throw new RangeError(`feeCeiling: jp must be a finite number >= 0, got ${String(basis.jp)}`);
      return Math.floor((Math.round(basis.jp * 100) * rules.teacherPerJp) / 100);
    }
    default:
      throw new RangeError(`feeCeiling: unknown session role ${String((basis as { role: unknown }).role)}`);
  }
};

export type FeeAboveCeilingError = DomainError<"FEE_ABOVE_CEILING"> & { readonly field: "fee"; readonly reason: string };
export type SessionFeeError = FeeAboveCeilingError | RupiahError | (DomainError<"INVALID_JP"> & { readonly field: "jp" });

/**
 * Checks a session's fee against its ceiling ({@link feeCeiling}): INVALID_AMOUNT on `fee` unless
 * whole rupiah >= 0; INVALID_JP on `jp` for a TEACHER without a finite jp >= 0; FEE_ABOVE_CEILING on
 * `fee` when above the ceiling, its `reason` the standard (`PMK_49_2023`, ...). A fee at the ceiling
 * is allowed. Gives the ceiling and the standard.
 */
export const checkSessionFee = (
  input: SessionFeeBasis & { readonly fee: number },
  rules: SpeakerFeeRules = SPEAKER_FEE_RULES,
): Result<{ readonly ceiling: number; readonly standard: string }, SessionFeeError> => {
  const fee = checkRupiah(input.fee, "fee");
  if (!fee.ok) return fee;
  if (!isRole(input.role)) throw new RangeError(`checkSessionFee: unknown session role ${String(input.role)}`);
  if (input.role === "TEACHER" && !isJp(input.jp)) {
    return err({ ...domainError("INVALID_JP", `jp must be a finite number of JP, 0 or more, got ${String(input.jp)}`), field: "jp" });
  }
  const ceiling = feeCeiling(input, rules);
  const standard = rules.standards[input.role];
  if (fee.value > ceiling) {
    return err({
      ...domainError("FEE_ABOVE_CEILING", `The fee Rp${fee.value} is above the ceiling Rp${ceiling} of ${standard} for a ${input.role.toLowerCase()}`),
      field: "fee",
      reason: standard,
    });
  }
  return ok({ ceiling, standard });
};
