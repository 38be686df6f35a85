import { DINKES_CODE, opdCode, sectionCode } from "../salatiga/units";
import { tc } from "./dictionary";

export type ProposalStatus = "SUBMITTED" | "ACCEPTED" | "RETURNED";

/** A unit's request for a training programme in the plan year. */
export interface SeedProposal {
  readonly unitCode: string;
  readonly competencyCode: string;
  readonly title: string;
  readonly participants: number;
  readonly jp: number;
  readonly justification: string;
  readonly status: ProposalStatus;
  /** Why it was returned (or a note on acceptance); null while submitted. */
  readonly decisionReason: string | null;
}

export const DEMO_PLAN_YEAR = 2027;

/** Kecamatan Tingkir (Kemendagri code). */
const KECAMATAN_TINGKIR = "337302";

/**
 * Proposals of several units for 2027, written as their operators would. Dinas Kesehatan (the
 * demo operator's unit) has two awaiting a decision and one returned for revision.
 */
export const demoProposals: readonly SeedProposal[] = [
  {
    unitCode: DINKES_CODE,
    competencyCode: tc("PELAYANAN_KESEHATAN_PRIMER"),
    title: "Bimtek Integrasi Layanan Primer (ILP) bagi Tenaga Puskesmas",
    participants: 45,
    jp: 32,
    justification:
      "Pemetaan kompetensi 2026 menunjukkan sebagian besar dokter, bidan dan administrator kesehatan di tiga puskesmas masih satu level di bawah standar Pelayanan Kesehatan Primer, sementara ILP wajib berjalan penuh pada 2027.",
    status: "SUBMITTED",
    decisionReason: null,
  },
  {
    unitCode: DINKES_CODE,
    competencyCode: tc("ANALISIS_DATA_STATISTIK"),
    title: "Pelatihan Analisis Data Kesehatan dan Surveilans Berbasis Dasbor",
    participants: 20,
    jp: 32,
    justification:
      "Kesenjangan kompetensi Analisis Data dan Statistik Sektoral termasuk yang terbesar di Dinas Kesehatan; laporan surveilans dan data stunting masih disusun manual sehingga terlambat untuk pengambilan keputusan.",
    status: "SUBMITTED",
    decisionReason: null,
  },
  {
    unitCode: DINKES_CODE,
    competencyCode: tc("APLIKASI_SPBE"),
    title: "Workshop Rekam Medis Elektronik Puskesmas",
    participants: 60,
    jp: 40,
    justification:
      "Perekam medis dan perawat puskesmas rata-rata satu level di bawah standar Pengelolaan Aplikasi Layanan Publik (SPBE); rekam medis elektronik wajib diterapkan di seluruh fasilitas kesehatan.",
    status: "RETURNED",
    decisionReason:
      "Untuk workshop, 40 JP terlalu panjang (lazimnya 10-16 JP) dan 60 peserta melebihi satu kelas. Mohon pecah menjadi dua angkatan atau ajukan sebagai bimtek, serta lampirkan daftar calon peserta dengan hasil asesmennya.",
  },
  {
    unitCode: opdCode("RSUD"),
    competencyCode: tc("KEPERAWATAN_KLINIS"),
    title: "Pelatihan Basic Trauma and Cardiac Life Support (BTCLS) bagi Perawat IGD dan ICU",
    participants: 30,
    jp: 40,
    justification:
      "Perawat IGD dan ICU yang sertifikat BTCLS-nya habis masa berlaku pada 2027 sebagian besar berada di bawah standar Keperawatan Klinis; sertifikat ini menjadi syarat akreditasi rumah sakit.",
    status: "SUBMITTED",
    decisionReason: null,
  },
  {
    unitCode: opdCode("RSUD"),
    competencyCode: tc("KEBIDANAN"),
    title: "Pelatihan Asuhan Persalinan Normal (APN)",
    participants: 12,
    jp: 40,
    justification:
      "Bidan pelaksana baru (PPPK 2024) belum memenuhi standar Pelayanan Kebidanan level 2 dan belum bersertifikat APN.",
    status: "ACCEPTED",
    decisionReason: "Sesuai prioritas kesenjangan; digabung dengan kebutuhan bidan puskesmas.",
  },
  {
    unitCode: opdCode("DISDIK"),
    competencyCode: tc("PEMBELAJARAN_KURIKULUM"),
    title: "Workshop Pembelajaran Berdiferensiasi Kurikulum Merdeka bagi Guru SD",
    participants: 120,
    jp: 16,
    justification:
      "Sekitar sepertiga guru SD yang diasesmen pada 2026 berada satu level di bawah standar Pembelajaran dan Kurikulum Merdeka, terutama pada perencanaan asesmen dan pembelajaran berdiferensiasi.",
    status: "SUBMITTED",
    decisionReason: null,
  },
  {
    unitCode: opdCode("DPMPTSP"),
    competencyCode: tc("PELAYANAN_PERIZINAN"),
    title: "Bimtek Perizinan Berusaha Berbasis Risiko melalui OSS",
    participants: 15,
    jp: 24,
    justification:
      "Petugas front office dan back office belum memenuhi standar Pelayanan Perizinan Berusaha (OSS) setelah perubahan ketentuan perizinan berbasis risiko; waktu penyelesaian izin melampaui standar pelayanan.",
    status: "SUBMITTED",
    decisionReason: null,
  },
  {
    unitCode: opdCode("BKPSDM"),
    competencyCode: tc("MANAJEMEN_ASN"),
    title: "Bimtek Manajemen Talenta dan Sistem Merit",
    participants: 20,
    jp: 32,
    justification:
      "Analis SDM Aparatur di BKPSDM dan subbagian kepegawaian OPD masih di bawah standar Manajemen ASN; penerapan manajemen talenta menjadi target indeks sistem merit 2027.",
    status: "ACCEPTED",
    decisionReason: "Mendukung target indeks sistem merit; diterima.",
  },
  {
    unitCode: opdCode("DISKOMINFO"),
    competencyCode: tc("KEAMANAN_INFORMASI"),
    title: "Bimtek Keamanan Informasi dan Penanganan Insiden Siber",
    participants: 16,
    jp: 32,
    justification:
      "Pranata komputer dan sandiman rata-rata satu level di bawah standar Keamanan Informasi dan Persandian, sementara evaluasi SPBE menuntut tim tanggap insiden siber (CSIRT) kota.",
    status: "SUBMITTED",
    decisionReason: null,
  },
  {
    unitCode: opdCode("DISKOMINFO"),
    competencyCode: tc("APLIKASI_SPBE"),
    title: "Bimtek Pengelolaan Aplikasi Layanan Publik SPBE bagi Operator OPD",
    participants: 40,
    jp: 32,
    justification:
      "Pengelolaan Aplikasi Layanan Publik (SPBE) adalah kesenjangan terluas di seluruh perangkat daerah pada pemetaan 2026; setiap OPD mengirim satu atau dua operator aplikasi.",
    status: "SUBMITTED",
    decisionReason: null,
  },
  {
    unitCode: KECAMATAN_TINGKIR,
    competencyCode: tc("PELAYANAN_KEWILAYAHAN"),
    title: "Workshop Pelayanan Administrasi Terpadu Kecamatan dan Kelurahan",
    participants: 25,
    jp: 12,
    justification:
      "Lurah, sekretaris kelurahan dan kepala seksi pemerintahan di Kecamatan Tingkir sebagian berada di bawah standar Pelayanan Administrasi Kelurahan dan Kecamatan; pengaduan warga tentang lamanya layanan surat meningkat.",
    status: "SUBMITTED",
    decisionReason: null,
  },
  {
    unitCode: sectionCode("SETDA", "PBJ"),
    competencyCode: tc("PENGADAAN_BARANG_JASA"),
    title: "Pelatihan Pengadaan Barang/Jasa Pemerintah Tingkat Dasar",
    participants: 30,
    jp: 40,
    justification:
      "Kompetensi Pengadaan Barang/Jasa Pemerintah lemah di hampir semua OPD, dan jumlah pejabat pengadaan bersertifikat belum mencukupi untuk paket 2027.",
    status: "ACCEPTED",
    decisionReason: "Prioritas kota; peserta dari OPD dengan paket pengadaan terbanyak.",
  },
  {
    unitCode: opdCode("BKD"),
    competencyCode: tc("PENGELOLAAN_KEUANGAN"),
    title: "Bimtek Penatausahaan Keuangan Daerah pada SIPD bagi Bendahara",
    participants: 40,
    jp: 32,
    justification:
      "Bendahara dan pengelola keuangan OPD sebagian satu level di bawah standar Pengelolaan Keuangan Daerah; temuan pemeriksaan 2025 masih mencatat kesalahan penatausahaan.",
    status: "SUBMITTED",
    decisionReason: null,
  },
];
