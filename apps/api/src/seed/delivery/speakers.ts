import { feeCeiling } from "@bina/domain";
import type { SeedSession } from "./sessions";

/**
 * The demo's speakers: practitioners invited from other cities to share what worked there (the seed's
 * emphasis), academics, national agencies, and the city's own widyaiswara and officials. Names are
 * invented; institutions are real kinds of institution. `level` is the fee level of PMK 49/2023.
 */
export interface SeedSpeaker {
  readonly key: string;
  readonly name: string;
  readonly institution: string;
  readonly originCity: string;
  readonly level: "MINISTER" | "ESELON_I" | "ESELON_II" | "ESELON_III_BELOW";
  readonly internal: boolean;
  /** Competency codes of their expertise. */
  readonly expertise: readonly string[];
}

const s = (
  key: string,
  name: string,
  institution: string,
  originCity: string,
  level: SeedSpeaker["level"],
  expertise: readonly string[],
  internal = false,
): SeedSpeaker => ({ key, name, institution, originCity, level, internal, expertise });

export const demoSpeakers: readonly SeedSpeaker[] = [
  s("SMG-KOMINFO", "Ir. Hendra Wijayakusuma, M.Kom.", "Dinas Komunikasi dan Informatika Kota Semarang", "Semarang", "ESELON_III_BELOW", ["T.APLIKASI_SPBE", "T.KEAMANAN_INFORMASI"]),
  s("SMG-UNDIP", "Dr. Ratna Kusumawardani, S.E., M.Si.", "Universitas Diponegoro", "Semarang", "ESELON_III_BELOW", ["T.ANALISIS_DATA_STATISTIK", "T.PERENCANAAN_PENGANGGARAN"]),
  s("SMG-BPSDMD", "Drs. Bambang Setyo Nugroho, M.M.", "BPSDMD Provinsi Jawa Tengah", "Semarang", "ESELON_III_BELOW", ["M.INTEGRITAS", "M.MENGELOLA_PERUBAHAN", "M.PENGAMBILAN_KEPUTUSAN"]),
  s("SMG-WI", "Dr. Sutrisno Adi Saputro, M.Si.", "BPSDMD Provinsi Jawa Tengah", "Semarang", "ESELON_III_BELOW", ["M.KERJA_SAMA", "M.PENGAMBILAN_KEPUTUSAN", "M.ORIENTASI_HASIL"]),
  s("SKA-BAPPEDA", "Dr. Agus Prasetyo Widodo, M.T.", "Bappeda Kota Surakarta", "Surakarta", "ESELON_II", ["T.PERENCANAAN_PENGANGGARAN", "M.MENGELOLA_PERUBAHAN"]),
  s("SKA-UNS", "Dr. Sri Lestari Handayani, M.Pd.", "Universitas Sebelas Maret", "Surakarta", "ESELON_III_BELOW", ["T.PEMBELAJARAN_KURIKULUM"]),
  s("SKA-DPMPTSP", "Yuni Astuti Rahayu, S.Sos., M.A.P.", "DPMPTSP Kota Surakarta", "Surakarta", "ESELON_III_BELOW", ["T.PELAYANAN_PERIZINAN", "M.PELAYANAN_PUBLIK"]),
  s("YOG-KOMINFO", "Wahyu Nur Hidayat, S.T., M.Eng.", "Dinas Komunikasi, Informatika dan Persandian Kota Yogyakarta", "Yogyakarta", "ESELON_III_BELOW", ["T.APLIKASI_SPBE", "T.PENGELOLAAN_PENGADUAN"]),
  s("YOG-UGM", "Prof. Dr. Dwi Haryanto, M.P.H.", "Universitas Gadjah Mada", "Yogyakarta", "ESELON_II", ["T.KESEHATAN_MASYARAKAT", "T.PELAYANAN_KESEHATAN_PRIMER"]),
  s("YOG-DUKCAPIL", "Siti Marfu'ah, S.H., M.H.", "Dinas Kependudukan dan Pencatatan Sipil Kota Yogyakarta", "Yogyakarta", "ESELON_III_BELOW", ["T.ADMINISTRASI_KEPENDUDUKAN"]),
  s("JKT-LAN", "Dr. Irawan Saputra, M.Si.", "Lembaga Administrasi Negara", "Jakarta", "ESELON_II", ["M.MENGELOLA_PERUBAHAN", "M.ORIENTASI_HASIL", "T.MANAJEMEN_ASN"]),
  s("JKT-LKPP", "Rina Oktaviani, S.E., M.Ak.", "LKPP", "Jakarta", "ESELON_III_BELOW", ["T.PENGADAAN_BARANG_JASA"]),
  s("JKT-PANRB", "Dr. Heru Santoso, M.P.A.", "Kementerian PANRB", "Jakarta", "ESELON_I", ["M.PELAYANAN_PUBLIK", "T.MANAJEMEN_ASN"]),
  s("JKT-BSSN", "Andi Kurniawan, S.Kom., M.T.I.", "Badan Siber dan Sandi Negara", "Jakarta", "ESELON_III_BELOW", ["T.KEAMANAN_INFORMASI"]),
  s("SLT-BKPSDM", "Dra. Endang Purwaningsih, M.Si.", "BKPSDM Kota Salatiga", "Salatiga", "ESELON_III_BELOW", ["T.MANAJEMEN_ASN", "M.PENGEMBANGAN_DIRI"], true),
  s("SLT-INSPEKTORAT", "Budi Santosa, S.E., Ak., CA.", "Inspektorat Kota Salatiga", "Salatiga", "ESELON_III_BELOW", ["T.PENGAWASAN_INTERNAL", "M.INTEGRITAS"], true),
  s("SLT-MODERATOR", "Dian Permatasari, S.I.Kom.", "Bagian Protokol dan Komunikasi Pimpinan Setda Kota Salatiga", "Salatiga", "ESELON_III_BELOW", ["T.KEHUMASAN"], true),
];

/**
 * The fee a demo session pays its speaker, moderator or teacher: the ceiling (PMK 49/2023 for speakers and
 * moderators, per JP for teachers), except the city's own staff teaching or speaking within their working hours
 * (null). One rule for the delivery demo's `batch_sessions.fee` and the budget demo's honoraria.
 */
export const sessionFee = (session: Pick<SeedSession, "role" | "jp">, speaker: Pick<SeedSpeaker, "level" | "internal">): number | null =>
  speaker.internal && session.role !== "MODERATOR" ? null : feeCeiling({ role: session.role, level: speaker.level, minutes: session.jp * 45, jp: session.jp });
