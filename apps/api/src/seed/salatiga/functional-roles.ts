import type { FunctionalGrade } from "@bina/domain";
import type { DegreeKey } from "./titles";

/** Education needed to enter a position; sets the entry rank (see careers.ts). */
export type Education = "SMP" | "SMA" | "D3" | "S1";

/** A functional position (jabatan fungsional) and who typically holds it. */
export interface FunctionalRole {
  readonly title: string;
  /** Share of holders on the expertise track (Ahli ...); the rest are on the skill track. */
  readonly expertShare: number;
  readonly expertDegree: DegreeKey;
  readonly skillDegree: DegreeKey;
  /** Entry education of the skill track; D3 unless stated. */
  readonly skillEducation?: Education;
  readonly femaleShare: number;
  /** Probability a holder is PPPK rather than PNS. */
  readonly pppkShare: number;
  /** Expertise grades open to PNS holders, if not all of Ahli Pertama/Muda/Madya. */
  readonly expertGrades?: readonly FunctionalGrade[];
}

const role = (
  title: string,
  expertShare: number,
  expertDegree: DegreeKey,
  skillDegree: DegreeKey = "DIPLOMA",
  extra: Partial<Omit<FunctionalRole, "title" | "expertShare" | "expertDegree" | "skillDegree">> = {},
): FunctionalRole => ({ title, expertShare, expertDegree, skillDegree, femaleShare: 0.5, pppkShare: 0.04, ...extra });

/** The functional positions used by the Salatiga demo (names per PermenPANRB). */
export const ROLES = {
  GURU: role("Guru", 1, "EDU", "NONE", { femaleShare: 0.68, pppkShare: 0.5 }),
  PENGAWAS_SEKOLAH: role("Pengawas Sekolah", 1, "EDU", "NONE", { expertGrades: ["AHLI_MUDA", "AHLI_MADYA"] }),
  PENILIK: role("Penilik", 1, "EDU"),
  PAMONG_BELAJAR: role("Pamong Belajar", 1, "EDU"),
  PTP: role("Pengembang Teknologi Pembelajaran", 1, "EDU"),
  DOKTER: role("Dokter", 1, "DOCTOR", "NONE", { femaleShare: 0.6, pppkShare: 0.1 }),
  DOKTER_SPESIALIS: role("Dokter", 1, "SPECIALIST", "NONE", {
    femaleShare: 0.45,
    pppkShare: 0,
    expertGrades: ["AHLI_MUDA", "AHLI_MADYA"],
  }),
  DOKTER_GIGI: role("Dokter Gigi", 1, "DENTIST", "NONE", { femaleShare: 0.7, pppkShare: 0.1 }),
  APOTEKER: role("Apoteker", 1, "PHARMACIST", "NONE", { femaleShare: 0.75, pppkShare: 0.15 }),
  ASISTEN_APOTEKER: role("Asisten Apoteker", 0, "PHARMACIST", "PHARMA_SKILL", { femaleShare: 0.8, pppkShare: 0.25 }),
  PERAWAT: role("Perawat", 0.35, "NURSE_EXPERT", "NURSE_SKILL", { femaleShare: 0.72, pppkShare: 0.3 }),
  BIDAN: role("Bidan", 0.25, "MIDWIFE_EXPERT", "MIDWIFE_SKILL", { femaleShare: 1, pppkShare: 0.3 }),
  PRANATA_LAB: role("Pranata Laboratorium Kesehatan", 0.3, "LAB_EXPERT", "LAB_SKILL", { femaleShare: 0.65, pppkShare: 0.2 }),
  NUTRISIONIS: role("Nutrisionis", 0.4, "NUTRITION_EXPERT", "NUTRITION_SKILL", { femaleShare: 0.85, pppkShare: 0.2 }),
  SANITASI: role("Tenaga Sanitasi Lingkungan", 0.4, "PUBLIC_HEALTH", "HEALTH_SKILL", { pppkShare: 0.2 }),
  RADIOGRAFER: role("Radiografer", 0.2, "LAB_EXPERT", "RADIOGRAPHY_SKILL", { femaleShare: 0.4, pppkShare: 0.2 }),
  FISIOTERAPIS: role("Fisioterapis", 0.2, "PUBLIC_HEALTH", "PHYSIO_SKILL", { femaleShare: 0.6, pppkShare: 0.2 }),
  PEREKAM_MEDIS: role("Perekam Medis", 0.2, "PUBLIC_HEALTH", "HEALTH_SKILL", { femaleShare: 0.65, pppkShare: 0.2 }),
  ADMINKES: role("Administrator Kesehatan", 1, "PUBLIC_HEALTH", "NONE", { femaleShare: 0.6 }),
  EPIDEMIOLOG: role("Epidemiolog Kesehatan", 1, "PUBLIC_HEALTH", "NONE", { femaleShare: 0.6 }),
  PROMKES: role("Penyuluh Kesehatan Masyarakat", 1, "PUBLIC_HEALTH", "NONE", { femaleShare: 0.7, pppkShare: 0.1 }),
  ANALIS_KEBIJAKAN: role("Analis Kebijakan", 1, "GOV"),
  PERENCANA: role("Perencana", 1, "PLANNING"),
  PRAKOM: role("Pranata Komputer", 0.6, "IT", "IT_SKILL", { femaleShare: 0.35, pppkShare: 0.1 }),
  ARSIPARIS: role("Arsiparis", 0.5, "LIBRARY", "DIPLOMA", { femaleShare: 0.6 }),
  ANALIS_SDMA: role("Analis Sumber Daya Manusia Aparatur", 0.85, "PSY", "DIPLOMA"),
  ASESOR_SDMA: role("Asesor Sumber Daya Manusia Aparatur", 1, "PSY", "NONE", { femaleShare: 0.6 }),
  ANALIS_KEUANGAN: role("Analis Keuangan Pusat dan Daerah", 1, "ECON", "NONE", { femaleShare: 0.6 }),
  PENGADAAN: role("Pengelola Pengadaan Barang/Jasa", 1, "ECON", "NONE", { femaleShare: 0.35 }),
  AUDITOR: role("Auditor", 0.85, "ECON", "DIPLOMA"),
  P2UPD: role("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", 1, "GOV"),
  PERANCANG_UU: role("Perancang Peraturan Perundang-undangan", 1, "LAW"),
  ANALIS_HUKUM: role("Analis Hukum", 1, "LAW"),
  HUMAS: role("Pranata Hubungan Masyarakat", 0.7, "COMM", "DIPLOMA"),
  STATISTISI: role("Statistisi", 0.7, "STAT", "DIPLOMA"),
  SANDIMAN: role("Sandiman", 0.5, "IT", "IT_SKILL", { femaleShare: 0.3 }),
  PUSTAKAWAN: role("Pustakawan", 0.5, "LIBRARY", "DIPLOMA", { femaleShare: 0.65 }),
  PEKSOS: role("Pekerja Sosial", 0.7, "SOCIAL", "DIPLOMA", { femaleShare: 0.6, pppkShare: 0.1 }),
  PENYULUH_SOSIAL: role("Penyuluh Sosial", 1, "SOCIAL"),
  POLPP: role("Polisi Pamong Praja", 0.15, "LAW", "NONE", { skillEducation: "SMA", femaleShare: 0.12, pppkShare: 0.08 }),
  PLH: role("Pengawas Lingkungan Hidup", 1, "ENG", "NONE", { femaleShare: 0.4 }),
  PDL: role("Pengendali Dampak Lingkungan", 1, "ENG", "NONE", { femaleShare: 0.4 }),
  ADK: role("Administrator Database Kependudukan", 0.6, "IT", "IT_SKILL"),
  TEKNIK_JALAN: role("Teknik Jalan dan Jembatan", 0.6, "ENG", "ENG_SKILL", { femaleShare: 0.15 }),
  TEKNIK_PENGAIRAN: role("Teknik Pengairan", 0.6, "ENG", "ENG_SKILL", { femaleShare: 0.15 }),
  PENATA_RUANG: role("Penata Ruang", 1, "ENG", "NONE", { femaleShare: 0.35 }),
  PENGUJI_KB: role("Penguji Kendaraan Bermotor", 0.3, "ENG", "ENG_SKILL", { femaleShare: 0.1 }),
  PENYULUH_KB: role("Penyuluh Keluarga Berencana", 0.6, "SOCIAL", "DIPLOMA", { femaleShare: 0.7, pppkShare: 0.1 }),
  PENYULUH_PERTANIAN: role("Penyuluh Pertanian", 0.5, "AGRI", "DIPLOMA", { femaleShare: 0.35, pppkShare: 0.2 }),
  MEDIK_VETERINER: role("Medik Veteriner", 1, "VET", "NONE"),
  ANALIS_PANGAN: role("Analis Ketahanan Pangan", 1, "AGRI", "NONE"),
  PMHP: role("Pengawas Mutu Hasil Pertanian", 0.6, "AGRI", "DIPLOMA"),
  PENGAWAS_PERDAGANGAN: role("Pengawas Perdagangan", 1, "ECON", "NONE"),
  PENERA: role("Penera", 0.4, "ENG", "DIPLOMA", { femaleShare: 0.3 }),
  PENGAWAS_KOPERASI: role("Pengawas Koperasi", 1, "ECON", "NONE"),
  PAMONG_BUDAYA: role("Pamong Budaya", 1, "CULTURE", "NONE"),
  ADYATAMA: role("Adyatama Kepariwisataan dan Ekonomi Kreatif", 1, "CULTURE", "NONE"),
  PENGANTAR_KERJA: role("Pengantar Kerja", 1, "PSY", "NONE"),
  MEDIATOR_HI: role("Mediator Hubungan Industrial", 1, "LAW", "NONE"),
  PSM: role("Penggerak Swadaya Masyarakat", 1, "SOCIAL", "NONE"),
} satisfies Record<string, FunctionalRole>;

export type RoleKey = keyof typeof ROLES;

/** A pelaksana (executor) position. */
export interface PelaksanaRole {
  readonly title: string;
  readonly education: Education;
  readonly degree: DegreeKey;
  readonly femaleShare: number;
}

const pel = (title: string, education: Education, degree: DegreeKey = "NONE", femaleShare = 0.5): PelaksanaRole => ({
  title,
  education,
  degree,
  femaleShare,
});

/** Pelaksana positions of PNS; PPPK pelaksana take the 2024 titles in `pppkPelaksanaTitle`. */
export const PELAKSANA = {
  PENGADMINISTRASI_UMUM: pel("Pengadministrasi Umum", "SMA"),
  PENGADMINISTRASI_PERKANTORAN: pel("Pengadministrasi Perkantoran", "SMA", "NONE", 0.6),
  PENGELOLA_DATA: pel("Pengelola Data", "D3", "DIPLOMA"),
  PENGELOLA_KEUANGAN: pel("Pengelola Keuangan", "S1", "ECON", 0.65),
  BENDAHARA: pel("Bendahara", "S1", "ECON", 0.7),
  PENGEMUDI: pel("Pengemudi", "SMP", "NONE", 0),
  PENATA_LAYANAN: pel("Penata Layanan Operasional", "S1", "GOV"),
  PENGELOLA_LAYANAN: pel("Pengelola Layanan Operasional", "D3", "DIPLOMA"),
  OPERATOR_LAYANAN: pel("Operator Layanan Operasional", "SMA", "NONE", 0.4),
} satisfies Record<string, PelaksanaRole>;

export type PelaksanaKey = keyof typeof PELAKSANA;

/** Pelaksana titles of PPPK (KepmenPANRB 11/2024), by education. */
export const pppkPelaksanaTitle = (education: Education): string =>
  education === "S1" ? "Penata Layanan Operasional" : education === "D3" ? "Pengelola Layanan Operasional" : "Operator Layanan Operasional";
