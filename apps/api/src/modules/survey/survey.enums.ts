import { IKM_BAND_LABELS, SERVICE_UNIT_KINDS, SKM_BANDS, SKM_ELEMENTS, SKM_ELEMENT_CODES, SURVEY_PERIOD_STATES, SKM_BAND_RULES, type SkmElementCode } from "@bina/domain";
import { describedEnum } from "../../kit/enum-of";

export const ServiceUnitKindEnum = describedEnum("ServiceUnitKind", "What kind of public-service unit a surveyed place is.", SERVICE_UNIT_KINDS, {
  POPULATION_REGISTRY: "Population and civil registry (Disdukcapil).",
  LICENSING: "One-stop licensing service (DPMPTSP).",
  HOSPITAL: "Regional hospital (RSUD).",
  HEALTH_CENTRE: "Community health centre (puskesmas).",
  SUBDISTRICT: "Kecamatan office.",
  VILLAGE: "Kelurahan office.",
  OTHER: "Any other public-service unit.",
});

export const SurveyPeriodStatusEnum = describedEnum("SurveyPeriodStatus", "Whether a survey period takes responses.", SURVEY_PERIOD_STATES, {
  OPEN: "The public form takes responses (on the days of the period).",
  CLOSED: "No more responses; its results are final.",
});

const bound = (b: "A" | "B" | "C"): string => `IKM from ${SKM_BAND_RULES.ikm[b].toFixed(2)}, an element's NRR from ${SKM_BAND_RULES.nrr[b]}`;
export const IkmBandEnum = describedEnum("IkmBand", "The quality band of an IKM or an element's NRR (PermenPANRB 14/2017; lower bounds on the rounded value).", SKM_BANDS, {
  A: `${IKM_BAND_LABELS.A}: ${bound("A")}.`,
  B: `${IKM_BAND_LABELS.B}: ${bound("B")}.`,
  C: `${IKM_BAND_LABELS.C}: ${bound("C")}; a weak element.`,
  D: `${IKM_BAND_LABELS.D}: below band C; a weak element.`,
});

export const SkmElementEnum = describedEnum(
  "SkmElement",
  "The nine elements (unsur) of the public satisfaction survey, PermenPANRB 14/2017.",
  SKM_ELEMENT_CODES,
  Object.fromEntries(SKM_ELEMENTS.map((e) => [e.element, `${e.element}: ${e.topic.charAt(0).toUpperCase()}${e.topic.slice(1)}.`])) as Record<SkmElementCode, string>,
);
