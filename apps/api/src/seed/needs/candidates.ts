import { tc } from "./dictionary";

/** A programme the 2027 plan could fund. */
export interface SeedCandidate {
  readonly title: string;
  readonly competencyCodes: readonly string[];
  readonly participants: number;
  readonly jp: number;
  /** Whole rupiah. */
  readonly estimatedCost: number;
  /** Always in the plan (leadership training the position requires, Latsar CPNS). */
  readonly mandatory: boolean;
}

/** A classical programme priced per participant-JP (all-in: facilitators, venue, meals, materials, certificates). */
const perJp = (
  title: string,
  competencyCodes: readonly string[],
  participants: number,
  jp: number,
  rupiahPerParticipantJp: number,
): SeedCandidate => ({
  title,
  competencyCodes,
  participants,
  jp,
  estimatedCost: participants * jp * rupiahPerParticipantJp,
  mandatory: false,
});

/** A mandatory programme run by LAN or the provincial agency, priced per participant (contribution fee). */
const perHead = (
  title: string,
  competencyCodes: readonly string[],
  participants: number,
  jp: number,
  rupiahPerParticipant: number,
): SeedCandidate => ({
  title,
  competencyCodes,
  participants,
  jp,
  estimatedCost: participants * rupiahPerParticipant,
  mandatory: true,
});

const M = (name: string): string => `M.${name}`;
const SK = "SK.PEREKAT_BANGSA";
const LEADERSHIP = [M("INTEGRITAS"), M("MENGELOLA_PERUBAHAN"), M("PENGAMBILAN_KEPUTUSAN"), M("KERJA_SAMA")];

/**
 * 31 candidate programmes for 2027, demo estimates. Optional ones cost Rp 30,000 to 90,000 per
 * participant-JP, the range of DOMAIN.md §8's illustration (Kaltim 2017: basic training about
 * 36,100, Diklatpim III about 89,700); leadership programmes are priced per participant
 * (PKA 908 JP as in Salatiga's 2022 batch, PKP 830 JP; Latsar JP indicative).
 *
 * Sum of all costs: Rp 2,135,840,000. Mandatory ones (Latsar, PKP, PKA): Rp 614,000,000.
 * With `DEMO_CEILING` of Rp 1,500,000,000 the mandatory ones fit and leave Rp 886,000,000 for
 * optional programmes worth Rp 1,521,840,000 in all: the plan has to choose.
 */
export const demoCandidates: readonly SeedCandidate[] = [
  // Mandatory (PerLAN 5/2022 as amended by 6/2022; Latsar CPNS for the 2026 intake).
  perHead("Pelatihan Dasar CPNS Golongan III Formasi 2026", [M("INTEGRITAS"), M("PELAYANAN_PUBLIK"), SK], 36, 291, 9_000_000),
  perHead("Pelatihan Kepemimpinan Pengawas (PKP) Angkatan I", LEADERSHIP, 8, 830, 25_000_000),
  perHead("Pelatihan Kepemimpinan Administrator (PKA)", LEADERSHIP, 3, 908, 30_000_000),

  // Technical: the city-wide weak spots first.
  perJp("Bimtek Pengelolaan Aplikasi Layanan Publik SPBE bagi Operator OPD", [tc("APLIKASI_SPBE")], 40, 32, 55_000),
  perJp("Pelatihan Analisis Data dan Visualisasi untuk Satu Data Salatiga", [tc("ANALISIS_DATA_STATISTIK")], 30, 40, 60_000),
  perJp("Pelatihan Pengadaan Barang/Jasa Pemerintah Tingkat Dasar", [tc("PENGADAAN_BARANG_JASA")], 30, 40, 75_000),
  perJp("Bimtek Keamanan Informasi dan Penanganan Insiden Siber", [tc("KEAMANAN_INFORMASI")], 16, 32, 85_000),
  perJp("Bimtek Perencanaan dan Penganggaran pada SIPD", [tc("PERENCANAAN_PENGANGGARAN")], 45, 24, 50_000),
  perJp("Bimtek Penatausahaan Keuangan Daerah pada SIPD bagi Bendahara", [tc("PENGELOLAAN_KEUANGAN")], 40, 32, 45_000),
  perJp("Bimtek Pengelolaan Barang Milik Daerah", [tc("PENGELOLAAN_BMD")], 35, 24, 45_000),
  perJp("Bimtek Arsip Dinamis dan Naskah Dinas Elektronik (SRIKANDI)", [tc("KEARSIPAN"), tc("APLIKASI_SPBE")], 40, 24, 40_000),

  // Health.
  perJp("Bimtek Integrasi Layanan Primer (ILP) bagi Tenaga Puskesmas", [tc("PELAYANAN_KESEHATAN_PRIMER")], 45, 32, 55_000),
  perJp("Pelatihan Analisis Data Surveilans Kesehatan", [tc("ANALISIS_DATA_STATISTIK"), tc("KESEHATAN_MASYARAKAT")], 20, 32, 60_000),
  perJp("Pelatihan BTCLS bagi Perawat IGD dan ICU", [tc("KEPERAWATAN_KLINIS")], 30, 40, 85_000),
  perJp("Pelatihan Asuhan Persalinan Normal (APN)", [tc("KEBIDANAN")], 20, 40, 90_000),
  perJp("Pelatihan Pelayanan Kefarmasian Klinik", [tc("PELAYANAN_KEFARMASIAN")], 15, 32, 60_000),

  // Education.
  perJp("Workshop Pembelajaran Berdiferensiasi Kurikulum Merdeka bagi Guru SD", [tc("PEMBELAJARAN_KURIKULUM")], 120, 16, 35_000),
  perJp("Pelatihan Asesmen Pembelajaran bagi Guru SMP", [tc("PEMBELAJARAN_KURIKULUM")], 80, 32, 40_000),

  // Services, regulation and the wards.
  perJp("Bimtek Perizinan Berusaha Berbasis Risiko melalui OSS", [tc("PELAYANAN_PERIZINAN")], 15, 24, 50_000),
  perJp("Workshop Pengelolaan Pengaduan SP4N-LAPOR!", [tc("PENGELOLAAN_PENGADUAN"), M("PELAYANAN_PUBLIK")], 50, 16, 35_000),
  perJp("Bimtek Layanan Adminduk Digital (IKD)", [tc("ADMINISTRASI_KEPENDUDUKAN")], 30, 24, 45_000),
  perJp("Pelatihan Penegakan Perda secara Humanis bagi Satpol PP", [tc("PENEGAKAN_PERDA")], 30, 40, 60_000),
  perJp("Pelatihan Manajemen Risiko dan Kedaruratan Bencana", [tc("PENANGGULANGAN_BENCANA")], 30, 32, 55_000),
  perJp("Workshop Pelayanan Terpadu Kecamatan dan Kelurahan", [tc("PELAYANAN_KEWILAYAHAN"), M("PELAYANAN_PUBLIK")], 46, 12, 35_000),
  perJp("Pelatihan Penyusunan Produk Hukum Daerah (Legal Drafting)", [tc("PRODUK_HUKUM_DAERAH")], 20, 40, 70_000),
  perJp("Pelatihan Audit Berbasis Risiko", [tc("PENGAWASAN_INTERNAL")], 18, 40, 80_000),
  perJp("Bimtek Manajemen Talenta dan Sistem Merit", [tc("MANAJEMEN_ASN")], 25, 32, 60_000),
  perJp("Workshop Kehumasan dan Pengelolaan Media Sosial Pemerintah", [tc("KEHUMASAN")], 30, 16, 40_000),

  // Managerial and socio-cultural.
  perJp("Pelatihan Coaching dan Mentoring bagi Pejabat Pengawas", [M("PENGEMBANGAN_DIRI"), M("KOMUNIKASI")], 40, 24, 60_000),
  perJp("Pelatihan Inovasi Pelayanan dan Manajemen Perubahan", [M("MENGELOLA_PERUBAHAN"), M("ORIENTASI_HASIL")], 35, 32, 70_000),
  perJp("Penguatan Integritas, Antikorupsi dan Wawasan Kebangsaan", [M("INTEGRITAS"), SK], 60, 16, 30_000),
];
