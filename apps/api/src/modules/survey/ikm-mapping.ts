import { ikmBand, nrrBand, skmSampleSize, SKM_ELEMENTS } from "@bina/domain";
import { IkmElementType, IkmPeriodPointType, toServiceUnitType, toSurveyPeriodType, type ServiceUnitType, type SurveyPeriodType } from "./survey.type";
import type { SurveyPeriodEntity } from "./survey-period.entity";
import type { ServiceUnitColumns, TallyRow } from "./ikm.sql";
import type { ServiceUnitEntity } from "./service-unit.entity";

/** U1..U9 of a tally: NRR = s_u / n_u (what computeIkm computes), its band by the domain's nrrBand. */
export function toIkmElements(t: TallyRow): IkmElementType[] {
  return SKM_ELEMENTS.map((e, i) => {
    const s = Number(t[`s${i + 1}` as keyof TallyRow]);
    const n = Number(t[`n${i + 1}` as keyof TallyRow]);
    const nrr = n > 0 ? s / n : null;
    return Object.assign(new IkmElementType(), {
      element: e.element,
      code: e.element,
      topic: e.topic,
      question: e.question,
      nrr,
      band: nrr === null ? null : nrrBand(nrr),
      answers: n,
    });
  });
}

/** The IKM (numeric text from SQL) as a number and its band by the domain's ikmBand. */
export const ikmOf = (ikm: string | null): { ikm: number | null; band: ReturnType<typeof ikmBand> | null } => {
  if (ikm === null) return { ikm: null, band: null };
  const value = Number(ikm);
  return { ikm: value, band: ikmBand(value) };
};

export const serviceUnitFromColumns = (r: ServiceUnitColumns): ServiceUnitType =>
  toServiceUnitType({
    id: r.su_id,
    code: r.su_code,
    name: r.su_name,
    kind: r.su_kind,
    unitId: r.su_unit_id,
    yearlyUsers: Number(r.su_yearly_users),
    active: r.su_active,
    version: Number(r.su_version),
  } as ServiceUnitEntity);

export const requiredSampleOf = (yearlyUsers: number): number => skmSampleSize(yearlyUsers);

export const toPeriodPoint = (period: SurveyPeriodType, respondents: number, ikm: string | null): IkmPeriodPointType =>
  Object.assign(new IkmPeriodPointType(), { period, respondents, ...ikmOf(ikm) });

/** A period from columns named `<prefix>id`, `<prefix>code`, ... (periodColumns); null when its id is null (no period). */
export function periodFromColumns(r: Record<string, unknown>, prefix: string): SurveyPeriodType | null {
  if (r[`${prefix}id`] == null) return null;
  return toSurveyPeriodType({
    id: String(r[`${prefix}id`]),
    code: String(r[`${prefix}code`]),
    year: Number(r[`${prefix}year`]),
    half: Number(r[`${prefix}half`]),
    startsOn: String(r[`${prefix}starts_on`]),
    endsOn: String(r[`${prefix}ends_on`]),
    status: String(r[`${prefix}status`]),
    version: Number(r[`${prefix}version`]),
  } as SurveyPeriodEntity);
}
