/**
 * Thresholds of the Job Person Match bands, in percent, each band's lower bound, with sources.
 * Pass your own object to adopt another regulation.
 */
export interface JpmRules {
  /** Mapping: OPTIMAL from here up. */
  readonly mappingOptimalMin: number;
  /** Mapping: CUKUP_OPTIMAL from here up to OPTIMAL; KURANG_OPTIMAL below. */
  readonly mappingCukupOptimalMin: number;
  /** Selection: MEMENUHI_SYARAT from here up. */
  readonly selectionMemenuhiSyaratMin: number;
  /** Selection: MASIH_MEMENUHI_SYARAT from here up to MEMENUHI_SYARAT; KURANG_MEMENUHI_SYARAT below. */
  readonly selectionMasihMemenuhiSyaratMin: number;
  /** Decimals of the displayed percent (0..6); the bands are decided on the exact ratio. */
  readonly decimals: number;
}

export const jpmRules: JpmRules = {
  // Talent mapping: Perban BRIN 3/2023 art. 33, following Perban BKN 26/2019 (DOMAIN.md §4):
  // Optimal >= 90, Cukup Optimal >= 78, Kurang Optimal < 78.
  mappingOptimalMin: 90,
  mappingCukupOptimalMin: 78,
  // Selection (promotion, open selection), same sources: Memenuhi Syarat >= 80,
  // Masih Memenuhi Syarat >= 68, Kurang Memenuhi Syarat < 68.
  selectionMemenuhiSyaratMin: 80,
  selectionMasihMemenuhiSyaratMin: 68,
  // Practice: percentages are shown with 2 decimals, like IKM (DOMAIN.md §7).
  decimals: 2,
};
