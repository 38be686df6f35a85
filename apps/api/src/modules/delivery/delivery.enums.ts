import {
  DELIVERY_STATES,
  DEVELOPMENT_KINDS,
  DEVELOPMENT_ROUTES,
  JP_CREDIT_RULES,
  JP_MINUTES,
  LEADERSHIP_PROGRAMMES,
  NOMINATION_STATES,
  SCHEDULE_RESOURCES,
  SESSION_ROLES,
  SPEAKER_LEVELS,
  type DevelopmentKind,
  type JpCreditRule,
} from "@bina/domain";
import { describedEnum } from "../../kit/enum-of";

/** Who runs a programme (not a regulation number: the organisers BKPSDM works with). */
export const PROGRAMME_ORGANISERS = ["BKPSDM", "PROVINCE", "LAN", "OTHER_CITY", "ONLINE_PLATFORM", "OTHER"] as const;
export type ProgrammeOrganiser = (typeof PROGRAMME_ORGANISERS)[number];

/** An administrator's decision on a nomination. */
export const NOMINATION_DECISIONS = ["APPROVE", "REJECT"] as const;
export type NominationDecision = (typeof NOMINATION_DECISIONS)[number];


/** How a kind earns JP, in words, from the domain's conversion table (so a changed rule changes the schema's text). */
const creditText = (rule: JpCreditRule): string => {
  switch (rule.method) {
    case "ACTUAL":
      return "the programme's JP";
    case "PER_DAY":
      return `${rule.jpPerDay} JP per day`;
    case "PER_SESSION_MONTHLY_CAP":
      return `${rule.jpPerSession} JP per session, at most ${rule.maxSessionsPerMonth} sessions a month`;
    case "CAPPED_PER_DAY":
      return `actual JP, at most ${rule.maxJpPerDay} JP per day`;
    case "PER_COUNT":
      return `${rule.jpEach} JP each`;
    case "PER_SEMESTER":
      return `${rule.jpPerSemester} JP per semester`;
  }
};

const KIND_NAMES: Readonly<Record<DevelopmentKind, string>> = {
  DEGREE_STUDY_ASSIGNED: "Education: tugas belajar (study assignment)",
  DEGREE_STUDY_PERMITTED: "Education: izin belajar (study permit)",
  LEADERSHIP_TRAINING: "Classical: structural leadership training (Latsar CPNS, PKP, PKA, PKN II, PKN I)",
  MANAGERIAL_TRAINING: "Classical: managerial training",
  TECHNICAL_TRAINING: "Classical: technical training (e.g. SPBE/IT)",
  FUNCTIONAL_TRAINING: "Classical: functional training",
  SOCIO_CULTURAL_TRAINING: "Classical: socio-cultural training",
  SEMINAR: "Classical: seminar, conference or sarasehan",
  WORKSHOP: "Classical: workshop (lokakarya)",
  COURSE: "Classical: course (kursus)",
  UPGRADING: "Classical: penataran",
  TECHNICAL_GUIDANCE: "Classical: bimbingan teknis (bimtek)",
  SOCIALISATION: "Classical: sosialisasi",
  COACHING: "Non-classical: coaching",
  MENTORING: "Non-classical: mentoring",
  E_LEARNING: "Non-classical: e-learning",
  DISTANCE_LEARNING: "Non-classical: distance learning",
  SECONDMENT: "Non-classical: secondment (detasering)",
  OUTBOUND: "Non-classical: outbound",
  BENCHMARKING: "Non-classical: benchmarking (patok banding, studi tiru)",
  EXCHANGE: "Non-classical: exchange with the private sector or a state enterprise",
  SELF_STUDY: "Non-classical: self-study",
  LEARNING_COMMUNITY: "Non-classical: learning community",
  ON_THE_JOB_GUIDANCE: "Non-classical: on-the-job guidance",
  INTERNSHIP: "Non-classical: internship (magang)",
};

export const DevelopmentKindEnum = describedEnum(
  "DevelopmentKind",
  "A kind of competency development (PerLAN 10/2018); SIASN numbers them 1..25 in this order.",
  DEVELOPMENT_KINDS,
  Object.fromEntries(DEVELOPMENT_KINDS.map((k) => [k, `${KIND_NAMES[k]}; ${creditText(JP_CREDIT_RULES[k])}.`])) as Record<DevelopmentKind, string>,
);

export const DevelopmentRouteEnum = describedEnum("DevelopmentRoute", "The route of a development kind (PerLAN 10/2018).", DEVELOPMENT_ROUTES, {
  EDUCATION: "Formal education (tugas belajar, izin belajar).",
  CLASSICAL: "Classical training (klasikal): face to face, in a class.",
  NON_CLASSICAL: "Non-classical training (nonklasikal): coaching, e-learning, secondment and the like.",
});

export const LeadershipProgrammeEnum = describedEnum("LeadershipProgramme", "A leadership programme, a sub-type of LEADERSHIP_TRAINING (PerLAN 5/2022 as amended by 6/2022).", LEADERSHIP_PROGRAMMES, {
  LATSAR_CPNS: "Latihan Dasar CPNS: basic training of new civil servants.",
  PKP: "Pelatihan Kepemimpinan Pengawas (supervisors).",
  PKA: "Pelatihan Kepemimpinan Administrator (administrators).",
  PKN_II: "Pelatihan Kepemimpinan Nasional Tingkat II (JPT Pratama).",
  PKN_I: "Pelatihan Kepemimpinan Nasional Tingkat I (JPT Madya).",
});

export const ProgrammeOrganiserEnum = describedEnum("ProgrammeOrganiser", "Who organises a programme.", PROGRAMME_ORGANISERS, {
  BKPSDM: "The city's own BKPSDM.",
  PROVINCE: "The provincial development agency (BPSDMD).",
  LAN: "The National Institute of Public Administration (LAN).",
  OTHER_CITY: "Another city or regency (speakers or a programme from elsewhere).",
  ONLINE_PLATFORM: "An online learning platform.",
  OTHER: "Another organiser (named in organiserName).",
});

export const DeliveryStateEnum = describedEnum("DeliveryState", "Where a programme or batch stands (DRAFT → PLANNED → OPEN → RUNNING → COMPLETED → EVALUATED).", DELIVERY_STATES, {
  DRAFT: "Being prepared; not announced.",
  PLANNED: "Scheduled; units may nominate staff.",
  OPEN: "Open for nominations.",
  RUNNING: "Taking place; nominations are closed.",
  COMPLETED: "Finished; completion and certificates follow.",
  EVALUATED: "Evaluated after training.",
  CANCELLED: "Cancelled (only from DRAFT, PLANNED or OPEN).",
});

export const NominationStatusEnum = describedEnum("NominationStatus", "Where a nomination stands; NOMINATED and APPROVED hold a seat.", NOMINATION_STATES, {
  NOMINATED: "Put forward by a unit; holds a seat and awaits an administrator's approval.",
  APPROVED: "Approved by an administrator; holds a seat.",
  WAITLISTED: "No seat (capacity or the unit's quota) when nominated; promoted first come, first served when one frees up.",
  REJECTED: "Rejected by an administrator.",
  CANCELLED: "Withdrawn by the unit or an administrator.",
});

export const NominationDecisionEnum = describedEnum("NominationDecision", "An administrator's decision on a nomination.", NOMINATION_DECISIONS, {
  APPROVE: "Approve a nominee holding a seat.",
  REJECT: "Reject it (a seat it held goes to the first waitlisted nominee).",
});

export const SpeakerLevelEnum = describedEnum("SpeakerLevel", "A speaker's level, which sets the fee ceiling (PMK 49/2023).", SPEAKER_LEVELS, {
  MINISTER: "Minister or official of equal rank.",
  ESELON_I: "Echelon I official or equal.",
  ESELON_II: "Echelon II official or equal.",
  ESELON_III_BELOW: "Echelon III and below, or others (practitioners, lecturers).",
});

export const SessionRoleEnum = describedEnum("SessionRole", "What a speaker does in a session; each is paid in its own unit (PMK 49/2023).", SESSION_ROLES, {
  SPEAKER: "Narasumber: paid per 60-minute hour.",
  MODERATOR: "Moderator: paid per session.",
  TEACHER: `Pengajar inside a course: paid per JP (${JP_MINUTES} minutes).`,
});

export const ScheduleResourceEnum = describedEnum("ScheduleResource", "What two overlapping sessions would share.", SCHEDULE_RESOURCES, {
  SPEAKER: "The same speaker.",
  VENUE: "The same venue (compared ignoring case and spaces).",
  PARTICIPANT: "A participant holding a seat in both batches.",
});
