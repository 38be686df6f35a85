import type { SeedUnit } from "../salatiga";
import { CITY_CODE, salatigaUnits } from "../salatiga";

/** A regency or city of Central Java (Kemendagri region code, name). Salatiga comes first: it keeps the demo's codes. */
export const CENTRAL_JAVA: readonly (readonly [code: string, name: string])[] = [
  ["3373", "Kota Salatiga"], ["3371", "Kota Magelang"], ["3372", "Kota Surakarta"], ["3374", "Kota Semarang"],
  ["3375", "Kota Pekalongan"], ["3376", "Kota Tegal"], ["3301", "Kabupaten Cilacap"], ["3302", "Kabupaten Banyumas"],
  ["3303", "Kabupaten Purbalingga"], ["3304", "Kabupaten Banjarnegara"], ["3305", "Kabupaten Kebumen"], ["3306", "Kabupaten Purworejo"],
  ["3307", "Kabupaten Wonosobo"], ["3308", "Kabupaten Magelang"], ["3309", "Kabupaten Boyolali"], ["3310", "Kabupaten Klaten"],
  ["3311", "Kabupaten Sukoharjo"], ["3312", "Kabupaten Wonogiri"], ["3313", "Kabupaten Karanganyar"], ["3314", "Kabupaten Sragen"],
  ["3315", "Kabupaten Grobogan"], ["3316", "Kabupaten Blora"], ["3317", "Kabupaten Rembang"], ["3318", "Kabupaten Pati"],
  ["3319", "Kabupaten Kudus"], ["3320", "Kabupaten Jepara"], ["3321", "Kabupaten Demak"], ["3322", "Kabupaten Semarang"],
  ["3323", "Kabupaten Temanggung"], ["3324", "Kabupaten Kendal"], ["3325", "Kabupaten Batang"], ["3326", "Kabupaten Pekalongan"],
  ["3327", "Kabupaten Pemalang"], ["3328", "Kabupaten Tegal"], ["3329", "Kabupaten Brebes"],
];

/** Employees per city the generator aims at before it adds another city (Salatiga's demo has about 2,000). */
export const EMPLOYEES_PER_CITY = 2000;

/** How many cities hold `employees`: one per 2,000, at most the province's 35. */
export const cityCountFor = (employees: number): number =>
  Math.min(CENTRAL_JAVA.length, Math.max(1, Math.ceil(employees / EMPLOYEES_PER_CITY)));

/** `employees` shared out over `cities`, the first cities taking the remainder. */
export const employeesPerCity = (employees: number, cities: number): number[] =>
  Array.from({ length: cities }, (_, i) => Math.floor(employees / cities) + (i < employees % cities ? 1 : 0));

/** A Salatiga unit code moved to another city: `3373.DINKES` becomes `3374.DINKES`. */
export const cityUnitCode = (cityCode: string, salatigaCode: string): string =>
  salatigaCode === CITY_CODE ? cityCode : `${cityCode}${salatigaCode.slice(CITY_CODE.length)}`;

/**
 * The unit tree of one city: Salatiga's OPDs, sections, kecamatan and kelurahan under the city's own codes (the
 * kecamatan and kelurahan keep Salatiga's names: scale data, not a gazetteer). Parents before children.
 */
export function cityUnits(cityCode: string, cityName: string): SeedUnit[] {
  return salatigaUnits.map((u) => ({
    code: cityUnitCode(cityCode, u.code),
    name: u.parentCode === null ? `Pemerintah ${cityName}` : u.name,
    kind: u.kind,
    parentCode: u.parentCode === null ? null : cityUnitCode(cityCode, u.parentCode),
  }));
}
