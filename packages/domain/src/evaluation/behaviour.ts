import { daysInMonth, isValidCalendarDate, toIsoDate } from "../shared/calendar.js";
import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/**
 * When the level-3 (behaviour) follow-up is sent: `followUpMonths` calendar months after the batch
 * ends, 3 by default, allowed 3..6. Source: practice (LAN/BPSDM evaluate behaviour 3 to 6 months after
 * the programme; DOMAIN.md §6), not a regulation figure.
 */
export const BEHAVIOUR_RULES = Object.freeze({ followUpMonths: 3, minMonths: 3, maxMonths: 6 } as const);

export interface BehaviourRules {
  readonly followUpMonths: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The follow-up date (YYYY-MM-DD): the batch's end date plus `followUpMonths` calendar months, the
 * day clamped to the month's last day (2026-11-30 + 3 → 2027-02-28). RangeError for a date that is
 * not a real YYYY-MM-DD date or a month count that is not an integer 3..6.
 */
export const behaviourFollowUpDate = (batchEndsOn: string, rules: Partial<BehaviourRules> = {}): string => {
  const months = rules.followUpMonths ?? BEHAVIOUR_RULES.followUpMonths;
  if (!Number.isInteger(months) || months < BEHAVIOUR_RULES.minMonths || months > BEHAVIOUR_RULES.maxMonths) {
    throw new RangeError(`behaviourFollowUpDate: followUpMonths must be an integer ${BEHAVIOUR_RULES.minMonths}..${BEHAVIOUR_RULES.maxMonths}, got ${String(months)}`);
  }
  const match = typeof batchEndsOn === "string" ? ISO_DATE.exec(batchEndsOn) : null;
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || year < 1 || !isValidCalendarDate(year, month, day)) {
    throw new RangeError(`behaviourFollowUpDate: not a YYYY-MM-DD date: ${String(batchEndsOn)}`);
  }
  const index = month - 1 + months;
  const targetYear = year + Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return toIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
};

/** Who answers the behaviour questionnaire: the alumnus and the alumnus's superior. */
export const BEHAVIOUR_RESPONDENT_ROLES = ["ALUMNUS", "SUPERIOR"] as const;
export type BehaviourRespondentRole = (typeof BEHAVIOUR_RESPONDENT_ROLES)[number];

export interface BehaviourQuestion {
  readonly key: string;
  /** The statement per respondent role, in Indonesian. */
  readonly text: Readonly<Record<BehaviourRespondentRole, string>>;
}

/**
 * The default behaviour questionnaire (practice; configurable): the same statements for the alumnus
 * (about themself) and the superior (about the alumnus), answered 1..4 (Tidak pernah, Jarang, Sering,
 * Selalu), so the two views can be compared statement by statement.
 */
export const DEFAULT_BEHAVIOUR_QUESTIONNAIRE = Object.freeze({
  scaleMax: 4,
  scaleLabels: ["Tidak pernah", "Jarang", "Sering", "Selalu"],
  questions: [
    {
      key: "APPLY",
      text: {
        ALUMNUS: "Saya menerapkan pengetahuan dan keterampilan dari pelatihan dalam pekerjaan sehari-hari.",
        SUPERIOR: "Alumni menerapkan pengetahuan dan keterampilan dari pelatihan dalam pekerjaan sehari-hari.",
      },
    },
    {
      key: "QUALITY",
      text: {
        ALUMNUS: "Kualitas hasil kerja saya meningkat setelah mengikuti pelatihan.",
        SUPERIOR: "Kualitas hasil kerja alumni meningkat setelah mengikuti pelatihan.",
      },
    },
    {
      key: "SPEED",
      text: {
        ALUMNUS: "Saya menyelesaikan pekerjaan lebih cepat dan tepat waktu setelah pelatihan.",
        SUPERIOR: "Alumni menyelesaikan pekerjaan lebih cepat dan tepat waktu setelah pelatihan.",
      },
    },
    {
      key: "SHARE",
      text: {
        ALUMNUS: "Saya membagikan hasil pelatihan kepada rekan kerja di unit saya.",
        SUPERIOR: "Alumni membagikan hasil pelatihan kepada rekan kerja di unitnya.",
      },
    },
    {
      key: "SERVICE",
      text: {
        ALUMNUS: "Pelayanan saya kepada masyarakat atau pengguna layanan menjadi lebih baik setelah pelatihan.",
        SUPERIOR: "Pelayanan alumni kepada masyarakat atau pengguna layanan menjadi lebih baik setelah pelatihan.",
      },
    },
  ] satisfies readonly BehaviourQuestion[],
} as const);

export interface BehaviourResponse {
  readonly role: BehaviourRespondentRole;
  /** By question code of the default questionnaire; null or absent when not answered. */
  readonly answers: Readonly<Record<string, number | null>>;
}

export interface BehaviourRoleSummary {
  readonly respondents: number;
  /** The mean of all the role's answers, unrounded; null when none. */
  readonly mean: number | null;
  /** The mean per question, unrounded; null when nobody in the role answered it. */
  readonly questions: Readonly<Record<string, number | null>>;
}

export interface BehaviourSummary {
  readonly byRole: Readonly<Record<BehaviourRespondentRole, BehaviourRoleSummary>>;
  /** Superior's mean minus alumnus's mean: negative when alumni see more change than their superiors. */
  readonly superiorMinusAlumnus: number | null;
}

export type BehaviourError = DomainError<"INVALID_SCORE">;

/**
 * The summary of the behaviour follow-ups answered for a batch (default questionnaire): per role,
 * the mean over all answers and per question. INVALID_SCORE naming the field (`responses[i].role`,
 * `responses[i].answers.APPLY`; reason UNKNOWN_QUESTION for a code not in the questionnaire) for
 * anything else than a known role and integers 1..4 or null.
 */
export const summariseBehaviour = (responses: readonly BehaviourResponse[]): Result<BehaviourSummary, BehaviourError> => {
  const { questions, scaleMax } = DEFAULT_BEHAVIOUR_QUESTIONNAIRE;
  const codes = new Set<string>(questions.map((q) => q.key));
  const fail = (field: string, message: string, reason?: string) =>
    err(domainError("INVALID_SCORE", message, reason ? { field, reason } : { field }));
  if (!Array.isArray(responses)) return fail("responses", "responses is a list");
  type Acc = { respondents: number; sum: number; count: number; per: Map<string, { sum: number; count: number }> };
  const acc = Object.fromEntries(
    BEHAVIOUR_RESPONDENT_ROLES.map((r) => [r, { respondents: 0, sum: 0, count: 0, per: new Map() } as Acc]),
  ) as Record<BehaviourRespondentRole, Acc>;
  for (const [i, response] of responses.entries()) {
    if (typeof response !== "object" || response === null) return fail(`responses[${i}]`, "a response is an object");
    if (!(BEHAVIOUR_RESPONDENT_ROLES as readonly unknown[]).includes(response.role)) {
      return fail(`responses[${i}].role`, `one of ${BEHAVIOUR_RESPONDENT_ROLES.join(", ")}`);
    }
    const answers: unknown = response.answers;
    if (typeof answers !== "object" || answers === null || Array.isArray(answers)) return fail(`responses[${i}].answers`, "answers by question code");
    const role = acc[response.role as BehaviourRespondentRole];
    role.respondents += 1;
    for (const [code, score] of Object.entries(answers)) {
      const field = `responses[${i}].answers.${code}`;
      if (!codes.has(code)) return fail(field, "no such question in the questionnaire", "UNKNOWN_QUESTION");
      if (score === null) continue;
      if (typeof score !== "number" || !Number.isInteger(score) || score < 1 || score > scaleMax) {
        return fail(field, `an answer is an integer 1..${scaleMax} or null`);
      }
      role.sum += score;
      role.count += 1;
      const per = role.per.get(code) ?? { sum: 0, count: 0 };
      role.per.set(code, { sum: per.sum + score, count: per.count + 1 });
    }
  }
  const byRole = Object.fromEntries(
    BEHAVIOUR_RESPONDENT_ROLES.map((r) => {
      const a = acc[r];
      const perQuestion = Object.fromEntries(
        questions.map((q) => {
          const per = a.per.get(q.key);
          return [q.key, per ? per.sum / per.count : null];
        }),
      );
      return [r, { respondents: a.respondents, mean: a.count === 0 ? null : a.sum / a.count, questions: perQuestion }];
    }),
  ) as Record<BehaviourRespondentRole, BehaviourRoleSummary>;
  const alumnus = byRole.ALUMNUS.mean;
  const superior = byRole.SUPERIOR.mean;
  return ok({ byRole, superiorMinusAlumnus: alumnus === null || superior === null ? null : superior - alumnus });
};
