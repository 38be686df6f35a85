import type { PositionKind } from "@bina/domain";
import { salatigaUnits } from "../salatiga";
import type { TechnicalKey } from "./dictionary";

type ManagerKind = Extract<PositionKind, "JPT_PRATAMA" | "ADMINISTRATOR" | "PENGAWAS">;

/** Technical standards of managerial positions by exact title: [kind, titles, ...[competency, level]]. */
export type ManagerRow = readonly [ManagerKind, readonly string[], ...(readonly [TechnicalKey, number])[]];

/** Titles that carry a place name, built from the demo units so they match the employee generator. */
const placeTitles = (kind: string, prefix: string, strip: RegExp): string[] =>
  salatigaUnits.filter((u) => u.kind === kind && strip.test(u.name)).map((u) => `${prefix}${u.name.replace(strip, "")}`);

const LURAH = placeTitles("KELURAHAN", "Lurah ", /^Kelurahan /);
const CAMAT = placeTitles("KECAMATAN", "Camat ", /^Kecamatan /);
const KEPALA_PUSKESMAS = placeTitles("SECTION", "Kepala UPTD Puskesmas ", /^UPTD Puskesmas /);

const kabid = (...names: string[]): string[] => names.map((n) => `Kepala Bidang ${n}`);
const kasi = (...names: string[]): string[] => names.map((n) => `Kepala Seksi ${n}`);
const kasubbag = (...names: string[]): string[] => names.map((n) => `Kepala Subbagian ${n}`);

/**
 * Each managerial position also gets the generic rows of its kind (SPBE and planning, see
 * standards.ts); these add what its field requires. Titles are those of
 * ../salatiga/positions-by-unit.ts; the spec checks that each one is held by somebody.
 */
export const MANAGER_ROWS: readonly ManagerRow[] = [
  // Heads of OPD (JPT Pratama).
  ["JPT_PRATAMA", ["Sekretaris Daerah"], ["ANALISIS_KEBIJAKAN", 4]],
  ["JPT_PRATAMA", ["Sekretaris DPRD"], ["PRODUK_HUKUM_DAERAH", 3]],
  ["JPT_PRATAMA", ["Inspektur"], ["PENGAWASAN_INTERNAL", 4]],
  ["JPT_PRATAMA", ["Kepala Dinas Pendidikan"], ["PEMBELAJARAN_KURIKULUM", 4]],
  ["JPT_PRATAMA", ["Kepala Dinas Kesehatan"], ["PELAYANAN_KESEHATAN_PRIMER", 4]],
  ["JPT_PRATAMA", ["Kepala Dinas Sosial"], ["REHABILITASI_SOSIAL", 4]],
  ["JPT_PRATAMA", ["Kepala Satuan Polisi Pamong Praja"], ["PENEGAKAN_PERDA", 4]],
  [
    "JPT_PRATAMA",
    ["Kepala Dinas Perumahan dan Kawasan Permukiman", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang"],
    ["INFRASTRUKTUR_TATA_RUANG", 4],
  ],
  ["JPT_PRATAMA", ["Kepala Dinas Lingkungan Hidup"], ["PENGELOLAAN_LINGKUNGAN", 4]],
  ["JPT_PRATAMA", ["Kepala Dinas Kependudukan dan Pencatatan Sipil"], ["ADMINISTRASI_KEPENDUDUKAN", 4]],
  [
    "JPT_PRATAMA",
    [
      "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
      "Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana",
      "Kepala Dinas Kepemudaan dan Olahraga",
    ],
    ["PEMBERDAYAAN_MASYARAKAT", 4],
  ],
  ["JPT_PRATAMA", ["Kepala Dinas Perpustakaan dan Kearsipan"], ["KEARSIPAN", 4], ["PERPUSTAKAAN", 4]],
  ["JPT_PRATAMA", ["Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"], ["PELAYANAN_PERIZINAN", 4]],
  ["JPT_PRATAMA", ["Kepala Dinas Komunikasi dan Informatika"], ["APLIKASI_SPBE", 4], ["KEHUMASAN", 4]],
  [
    "JPT_PRATAMA",
    ["Kepala Dinas Perdagangan", "Kepala Dinas Koperasi dan Usaha Kecil Menengah"],
    ["PEMBINAAN_USAHA", 4],
  ],
  ["JPT_PRATAMA", ["Kepala Dinas Ketahanan Pangan"], ["KETAHANAN_PANGAN", 4]],
  ["JPT_PRATAMA", ["Kepala Dinas Kebudayaan dan Pariwisata"], ["KEBUDAYAAN_PARIWISATA", 4]],
  ["JPT_PRATAMA", ["Kepala Dinas Perhubungan"], ["LALU_LINTAS_ANGKUTAN", 4]],
  ["JPT_PRATAMA", ["Kepala Dinas Perindustrian dan Tenaga Kerja"], ["KETENAGAKERJAAN", 4]],
  ["JPT_PRATAMA", ["Kepala Dinas Pertanian"], ["PENYULUHAN_PERTANIAN", 4]],
  ["JPT_PRATAMA", ["Kepala Badan Keuangan Daerah"], ["PENGELOLAAN_KEUANGAN", 4]],
  ["JPT_PRATAMA", ["Kepala Badan Perencanaan, Penelitian dan Pengembangan Daerah"], ["ANALISIS_DATA_STATISTIK", 4]],
  ["JPT_PRATAMA", ["Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"], ["MANAJEMEN_ASN", 4]],
  ["JPT_PRATAMA", ["Kepala Badan Kesatuan Bangsa dan Politik"], ["ANALISIS_KEBIJAKAN", 4]],
  ["JPT_PRATAMA", ["Direktur RSUD Kota Salatiga"], ["PELAYANAN_MEDIS", 4]],

  // Administrators: camat, secretaries, heads of bagian and bidang.
  ["ADMINISTRATOR", CAMAT, ["PELAYANAN_KEWILAYAHAN", 4], ["PENANGGULANGAN_BENCANA", 3]],
  ["ADMINISTRATOR", ["Sekretaris Kecamatan"], ["PELAYANAN_KEWILAYAHAN", 3]],
  [
    "ADMINISTRATOR",
    [
      "Sekretaris",
      "Sekretaris Badan",
      "Sekretaris Inspektorat",
      "Kepala Bagian Perencanaan dan Keuangan",
      "Kepala Bagian Umum dan Keuangan",
    ],
    ["PENGELOLAAN_KEUANGAN", 3],
  ],
  ["ADMINISTRATOR", ["I", "II", "III"].map((w) => `Inspektur Pembantu Wilayah ${w}`), ["PENGAWASAN_INTERNAL", 4]],
  ["ADMINISTRATOR", ["Kepala Bagian Hukum"], ["PRODUK_HUKUM_DAERAH", 4]],
  ["ADMINISTRATOR", ["Kepala Bagian Persidangan dan Perundang-undangan"], ["PRODUK_HUKUM_DAERAH", 3]],
  ["ADMINISTRATOR", ["Kepala Bagian Organisasi"], ["MANAJEMEN_ASN", 3]],
  ["ADMINISTRATOR", ["Kepala Bagian Pengadaan Barang dan Jasa"], ["PENGADAAN_BARANG_JASA", 4]],
  ["ADMINISTRATOR", ["Kepala Bagian Umum"], ["KEARSIPAN", 3], ["PENGELOLAAN_BMD", 3]],
  ["ADMINISTRATOR", kabid("Anggaran"), ["PERENCANAAN_PENGANGGARAN", 4], ["PENGELOLAAN_KEUANGAN", 3]],
  [
    "ADMINISTRATOR",
    ["Wakil Direktur Umum dan Keuangan", ...kabid("Perbendaharaan dan Akuntansi", "Pendapatan")],
    ["PENGELOLAAN_KEUANGAN", 4],
  ],
  ["ADMINISTRATOR", kabid("Aset"), ["PENGELOLAAN_BMD", 4]],
  ["ADMINISTRATOR", kabid("Lalu Lintas", "Angkutan dan Sarana Prasarana"), ["LALU_LINTAS_ANGKUTAN", 4]],
  ["ADMINISTRATOR", kabid("Aplikasi Informatika"), ["APLIKASI_SPBE", 4], ["KEAMANAN_INFORMASI", 3]],
  ["ADMINISTRATOR", kabid("Informasi dan Komunikasi Publik"), ["KEHUMASAN", 4]],
  ["ADMINISTRATOR", kabid("Statistik dan Persandian"), ["ANALISIS_DATA_STATISTIK", 4], ["KEAMANAN_INFORMASI", 4]],
  [
    "ADMINISTRATOR",
    kabid("Bina Marga", "Sumber Daya Air", "Penataan Ruang", "Perumahan", "Kawasan Permukiman"),
    ["INFRASTRUKTUR_TATA_RUANG", 4],
  ],
  ["ADMINISTRATOR", kabid("Ideologi dan Wawasan Kebangsaan", "Politik Dalam Negeri"), ["ANALISIS_KEBIJAKAN", 3]],
  ["ADMINISTRATOR", kabid("Kearsipan"), ["KEARSIPAN", 4]],
  ["ADMINISTRATOR", kabid("Perpustakaan"), ["PERPUSTAKAAN", 4]],
  ["ADMINISTRATOR", kabid("Kebudayaan", "Pariwisata"), ["KEBUDAYAAN_PARIWISATA", 4]],
  [
    "ADMINISTRATOR",
    kabid(
      "Keluarga Berencana dan Ketahanan Keluarga",
      "Pengendalian Penduduk",
      "Kepemudaan",
      "Olahraga",
      "Pemberdayaan Perempuan",
    ),
    ["PEMBERDAYAAN_MASYARAKAT", 3],
  ],
  ["ADMINISTRATOR", kabid("Perlindungan Anak"), ["REHABILITASI_SOSIAL", 3], ["PEMBERDAYAAN_MASYARAKAT", 3]],
  ["ADMINISTRATOR", kabid("Keperawatan"), ["KEPERAWATAN_KLINIS", 4]],
  ["ADMINISTRATOR", kabid("Kesehatan Masyarakat", "Pencegahan dan Pengendalian Penyakit"), ["KESEHATAN_MASYARAKAT", 4]],
  ["ADMINISTRATOR", kabid("Sumber Daya Kesehatan"), ["PELAYANAN_KEFARMASIAN", 3], ["MANAJEMEN_ASN", 3]],
  ["ADMINISTRATOR", kabid("Pelayanan Kesehatan"), ["PELAYANAN_KESEHATAN_PRIMER", 4]],
  ["ADMINISTRATOR", ["Wakil Direktur Pelayanan", ...kabid("Pelayanan Medis")], ["PELAYANAN_MEDIS", 4]],
  ["ADMINISTRATOR", kabid("Ketenteraman dan Ketertiban Umum", "Penegakan Peraturan Daerah"), ["PENEGAKAN_PERDA", 4]],
  ["ADMINISTRATOR", kabid("Perlindungan Masyarakat"), ["PENANGGULANGAN_BENCANA", 4]],
  ["ADMINISTRATOR", kabid("Ketersediaan dan Distribusi Pangan", "Konsumsi dan Keamanan Pangan"), ["KETAHANAN_PANGAN", 4]],
  ["ADMINISTRATOR", kabid("Peternakan dan Kesehatan Hewan"), ["KETAHANAN_PANGAN", 3]],
  ["ADMINISTRATOR", kabid("Tanaman Pangan dan Hortikultura"), ["PENYULUHAN_PERTANIAN", 4]],
  [
    "ADMINISTRATOR",
    kabid("Koperasi", "Usaha Kecil Menengah", "Pengelolaan Pasar", "Perdagangan dan Metrologi", "Perindustrian"),
    ["PEMBINAAN_USAHA", 4],
  ],
  ["ADMINISTRATOR", kabid("Tenaga Kerja"), ["KETENAGAKERJAAN", 4]],
  [
    "ADMINISTRATOR",
    kabid("Mutasi dan Promosi", "Pengembangan Kompetensi", "Pengadaan, Pemberhentian dan Informasi"),
    ["MANAJEMEN_ASN", 4],
  ],
  ["ADMINISTRATOR", kabid("Pelayanan Pencatatan Sipil", "Pelayanan Pendaftaran Penduduk"), ["ADMINISTRASI_KEPENDUDUKAN", 4]],
  [
    "ADMINISTRATOR",
    kabid("Pengelolaan Informasi Administrasi Kependudukan"),
    ["ADMINISTRASI_KEPENDUDUKAN", 3],
    ["APLIKASI_SPBE", 4],
  ],
  ["ADMINISTRATOR", kabid("Pelayanan Perizinan"), ["PELAYANAN_PERIZINAN", 4], ["PENGELOLAAN_PENGADUAN", 3]],
  ["ADMINISTRATOR", kabid("Penanaman Modal"), ["PELAYANAN_PERIZINAN", 3]],
  [
    "ADMINISTRATOR",
    kabid(
      "Pembinaan Sekolah Dasar",
      "Pembinaan Sekolah Menengah Pertama",
      "Pendidikan Anak Usia Dini dan Pendidikan Nonformal",
    ),
    ["PEMBELAJARAN_KURIKULUM", 4],
  ],
  ["ADMINISTRATOR", kabid("Perencanaan Pembangunan", "Pengendalian dan Evaluasi"), ["PERENCANAAN_PENGANGGARAN", 4]],
  ["ADMINISTRATOR", kabid("Penelitian dan Pengembangan"), ["ANALISIS_DATA_STATISTIK", 4], ["ANALISIS_KEBIJAKAN", 3]],
  ["ADMINISTRATOR", kabid("Pengelolaan Sampah", "Pengendalian Pencemaran", "Pertamanan"), ["PENGELOLAAN_LINGKUNGAN", 4]],
  ["ADMINISTRATOR", kabid("Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial"), ["REHABILITASI_SOSIAL", 4]],

  // Supervisors: lurah, heads of puskesmas, seksi and subbagian.
  ["PENGAWAS", LURAH, ["PELAYANAN_KEWILAYAHAN", 3], ["PENGELOLAAN_PENGADUAN", 2]],
  ["PENGAWAS", ["Sekretaris Kelurahan"], ["PELAYANAN_KEWILAYAHAN", 2], ["KEARSIPAN", 2]],
  ["PENGAWAS", KEPALA_PUSKESMAS, ["PELAYANAN_KESEHATAN_PRIMER", 4]],
  ["PENGAWAS", kasi("Pemerintahan", "Pemerintahan dan Ketenteraman"), ["PELAYANAN_KEWILAYAHAN", 3]],
  ["PENGAWAS", kasi("Ketenteraman dan Ketertiban Umum"), ["PENEGAKAN_PERDA", 3]],
  [
    "PENGAWAS",
    kasi("Pemberdayaan Masyarakat", "Pemberdayaan Masyarakat dan Kesejahteraan Sosial"),
    ["PEMBERDAYAAN_MASYARAKAT", 3],
  ],
  ["PENGAWAS", kasi("Asuhan Keperawatan"), ["KEPERAWATAN_KLINIS", 4]],
  ["PENGAWAS", kasi("Kurikulum dan Penilaian SD", "Kurikulum dan Penilaian SMP"), ["PEMBELAJARAN_KURIKULUM", 4]],
  ["PENGAWAS", kasi("Pelayanan Kesehatan Primer"), ["PELAYANAN_KESEHATAN_PRIMER", 3]],
  ["PENGAWAS", kasi("Pelayanan Kesehatan Rujukan", "Pelayanan Rawat Inap", "Pelayanan Rawat Jalan"), ["PELAYANAN_MEDIS", 3]],
  [
    "PENGAWAS",
    [...kasi("Pengembangan Kompetensi Manajerial dan Teknis"), ...kasubbag("Kelembagaan dan Analisis Jabatan")],
    ["MANAJEMEN_ASN", 3],
  ],
  ["PENGAWAS", kasubbag("Keuangan", "Perencanaan dan Keuangan"), ["PENGELOLAAN_KEUANGAN", 3]],
  ["PENGAWAS", kasubbag("Peraturan Perundang-undangan"), ["PRODUK_HUKUM_DAERAH", 3]],
  ["PENGAWAS", kasubbag("Rumah Tangga"), ["PENGELOLAAN_BMD", 3]],
  ["PENGAWAS", kasubbag("Tata Usaha Pimpinan", "Tata Usaha dan Kepegawaian", "Tata Usaha"), ["KEARSIPAN", 3]],
  ["PENGAWAS", kasubbag("Umum dan Kepegawaian"), ["MANAJEMEN_ASN", 2], ["KEARSIPAN", 2]],
];
