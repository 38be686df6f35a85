import type { FunctionalGrade, PositionKind } from "@bina/domain";
import { PELAKSANA, ROLES } from "../salatiga/functional-roles";
import type { FunctionalRole, PelaksanaKey, RoleKey } from "../salatiga/functional-roles";
import { tc } from "./dictionary";
import type { TechnicalKey } from "./dictionary";
import { MANAGER_ROWS } from "./manager-standards";

/** A technical standard: the level a position requires; '' in grade or title means any. */
export interface SeedTechnicalStandard {
  readonly competencyCode: string;
  readonly positionKind: PositionKind;
  /** A `FunctionalGrade`, or '' for any grade. */
  readonly functionalGrade: string;
  /** An exact position title, or '' for any title. */
  readonly positionTitle: string;
  readonly level: 1 | 2 | 3 | 4 | 5;
}

type Level = SeedTechnicalStandard["level"];

const GRADE_LABEL: Record<FunctionalGrade, string> = {
  AHLI_PERTAMA: "Ahli Pertama",
  AHLI_MUDA: "Ahli Muda",
  AHLI_MADYA: "Ahli Madya",
  AHLI_UTAMA: "Ahli Utama",
  PEMULA: "Pemula",
  TERAMPIL: "Terampil",
  MAHIR: "Mahir",
  PENYELIA: "Penyelia",
};

/** The level of a functional position's main technical competency, by grade (a demo choice). */
const MAIN_LEVEL_BY_GRADE: Record<FunctionalGrade, Level> = {
  AHLI_PERTAMA: 2,
  AHLI_MUDA: 3,
  AHLI_MADYA: 4,
  AHLI_UTAMA: 5,
  PEMULA: 1,
  TERAMPIL: 2,
  MAHIR: 3,
  PENYELIA: 3,
};

/** Every ASN uses the city's SPBE applications: the generic technical standard of each kind of position. */
const SPBE_LEVEL_BY_GRADE: Record<FunctionalGrade, Level> = {
  AHLI_PERTAMA: 2,
  AHLI_MUDA: 2,
  AHLI_MADYA: 3,
  AHLI_UTAMA: 3,
  PEMULA: 1,
  TERAMPIL: 2,
  MAHIR: 2,
  PENYELIA: 2,
};

const EXPERT_GRADES: readonly FunctionalGrade[] = ["AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA"];
const SKILL_GRADES: readonly FunctionalGrade[] = ["PEMULA", "TERAMPIL", "MAHIR", "PENYELIA"];

/** Technical competencies of each functional position: the main one first, then supporting ones (one level lower). */
const ROLE_COMPETENCIES: Record<RoleKey, readonly TechnicalKey[]> = {
  GURU: ["PEMBELAJARAN_KURIKULUM"],
  PENGAWAS_SEKOLAH: ["PEMBELAJARAN_KURIKULUM", "ANALISIS_DATA_STATISTIK"],
  PENILIK: ["PEMBELAJARAN_KURIKULUM", "PEMBERDAYAAN_MASYARAKAT"],
  PAMONG_BELAJAR: ["PEMBELAJARAN_KURIKULUM"],
  PTP: ["PEMBELAJARAN_KURIKULUM", "APLIKASI_SPBE"],
  DOKTER: ["PELAYANAN_MEDIS", "PELAYANAN_KESEHATAN_PRIMER"],
  DOKTER_SPESIALIS: ["PELAYANAN_MEDIS", "PELAYANAN_KESEHATAN_PRIMER"],
  DOKTER_GIGI: ["PELAYANAN_MEDIS", "PELAYANAN_KESEHATAN_PRIMER"],
  APOTEKER: ["PELAYANAN_KEFARMASIAN", "PELAYANAN_MEDIS"],
  ASISTEN_APOTEKER: ["PELAYANAN_KEFARMASIAN"],
  PERAWAT: ["KEPERAWATAN_KLINIS", "PELAYANAN_MEDIS"],
  BIDAN: ["KEBIDANAN", "PELAYANAN_KESEHATAN_PRIMER"],
  PRANATA_LAB: ["PELAYANAN_MEDIS"],
  NUTRISIONIS: ["KESEHATAN_MASYARAKAT", "PELAYANAN_KESEHATAN_PRIMER"],
  SANITASI: ["KESEHATAN_MASYARAKAT", "PENGELOLAAN_LINGKUNGAN"],
  RADIOGRAFER: ["PELAYANAN_MEDIS"],
  FISIOTERAPIS: ["PELAYANAN_MEDIS"],
  PEREKAM_MEDIS: ["ANALISIS_DATA_STATISTIK", "KEARSIPAN"],
  ADMINKES: ["PELAYANAN_KESEHATAN_PRIMER", "PERENCANAAN_PENGANGGARAN"],
  EPIDEMIOLOG: ["KESEHATAN_MASYARAKAT", "ANALISIS_DATA_STATISTIK"],
  PROMKES: ["KESEHATAN_MASYARAKAT", "PEMBERDAYAAN_MASYARAKAT"],
  ANALIS_KEBIJAKAN: ["ANALISIS_KEBIJAKAN", "ANALISIS_DATA_STATISTIK"],
  PERENCANA: ["PERENCANAAN_PENGANGGARAN", "ANALISIS_DATA_STATISTIK"],
  PRAKOM: ["APLIKASI_SPBE", "KEAMANAN_INFORMASI"],
  ARSIPARIS: ["KEARSIPAN"],
  ANALIS_SDMA: ["MANAJEMEN_ASN"],
  ASESOR_SDMA: ["MANAJEMEN_ASN"],
  ANALIS_KEUANGAN: ["PENGELOLAAN_KEUANGAN", "PERENCANAAN_PENGANGGARAN"],
  PENGADAAN: ["PENGADAAN_BARANG_JASA"],
  AUDITOR: ["PENGAWASAN_INTERNAL", "PENGELOLAAN_KEUANGAN"],
  P2UPD: ["PENGAWASAN_INTERNAL"],
  PERANCANG_UU: ["PRODUK_HUKUM_DAERAH"],
  ANALIS_HUKUM: ["PRODUK_HUKUM_DAERAH"],
  HUMAS: ["KEHUMASAN"],
  STATISTISI: ["ANALISIS_DATA_STATISTIK"],
  SANDIMAN: ["KEAMANAN_INFORMASI"],
  PUSTAKAWAN: ["PERPUSTAKAAN"],
  PEKSOS: ["REHABILITASI_SOSIAL"],
  PENYULUH_SOSIAL: ["PEMBERDAYAAN_MASYARAKAT", "REHABILITASI_SOSIAL"],
  POLPP: ["PENEGAKAN_PERDA", "PENANGGULANGAN_BENCANA"],
  PLH: ["PENGELOLAAN_LINGKUNGAN"],
  PDL: ["PENGELOLAAN_LINGKUNGAN"],
  ADK: ["ADMINISTRASI_KEPENDUDUKAN", "APLIKASI_SPBE"],
  TEKNIK_JALAN: ["INFRASTRUKTUR_TATA_RUANG"],
  TEKNIK_PENGAIRAN: ["INFRASTRUKTUR_TATA_RUANG"],
  PENATA_RUANG: ["INFRASTRUKTUR_TATA_RUANG"],
  PENGUJI_KB: ["LALU_LINTAS_ANGKUTAN"],
  PENYULUH_KB: ["PEMBERDAYAAN_MASYARAKAT", "KESEHATAN_MASYARAKAT"],
  PENYULUH_PERTANIAN: ["PENYULUHAN_PERTANIAN"],
  MEDIK_VETERINER: ["KETAHANAN_PANGAN"],
  ANALIS_PANGAN: ["KETAHANAN_PANGAN"],
  PMHP: ["KETAHANAN_PANGAN"],
  PENGAWAS_PERDAGANGAN: ["PEMBINAAN_USAHA"],
  PENERA: ["PEMBINAAN_USAHA"],
  PENGAWAS_KOPERASI: ["PEMBINAAN_USAHA"],
  PAMONG_BUDAYA: ["KEBUDAYAAN_PARIWISATA"],
  ADYATAMA: ["KEBUDAYAAN_PARIWISATA"],
  PENGANTAR_KERJA: ["KETENAGAKERJAAN"],
  MEDIATOR_HI: ["KETENAGAKERJAAN"],
  PSM: ["PEMBERDAYAAN_MASYARAKAT"],
};

/** Technical standards of pelaksana positions (PNS titles and the PPPK titles of 2024) by exact title. */
const PELAKSANA_COMPETENCIES: Record<PelaksanaKey, readonly (readonly [TechnicalKey, Level])[]> = {
  PENGADMINISTRASI_UMUM: [["KEARSIPAN", 2]],
  PENGADMINISTRASI_PERKANTORAN: [["KEARSIPAN", 2]],
  PENGELOLA_DATA: [["ANALISIS_DATA_STATISTIK", 2]],
  PENGELOLA_KEUANGAN: [["PENGELOLAAN_KEUANGAN", 3], ["PERENCANAAN_PENGANGGARAN", 2]],
  BENDAHARA: [["PENGELOLAAN_KEUANGAN", 3]],
  // A driver looks after the official vehicle and barely uses the SPBE applications.
  PENGEMUDI: [["PENGELOLAAN_BMD", 1], ["APLIKASI_SPBE", 1]],
  PENATA_LAYANAN: [["PENGELOLAAN_PENGADUAN", 2], ["KEARSIPAN", 2]],
  PENGELOLA_LAYANAN: [["PENGELOLAAN_PENGADUAN", 2]],
  OPERATOR_LAYANAN: [["PENGELOLAAN_PENGADUAN", 1]],
};

const grades = (role: FunctionalRole): readonly FunctionalGrade[] => [
  ...(role.expertShare > 0 ? (role.expertGrades ?? EXPERT_GRADES) : []),
  ...(role.expertShare < 1 ? SKILL_GRADES : []),
];

const toLevel = (n: number): Level => Math.min(5, Math.max(1, n)) as Level;

function buildStandards(): SeedTechnicalStandard[] {
  const rows = new Map<string, SeedTechnicalStandard>();
  const add = (key: TechnicalKey, positionKind: PositionKind, functionalGrade: string, positionTitle: string, level: number): void => {
    const row: SeedTechnicalStandard = {
      competencyCode: tc(key),
      positionKind,
      functionalGrade,
      positionTitle,
      level: toLevel(level),
    };
    const id = [row.competencyCode, positionKind, functionalGrade, positionTitle].join("|");
    const existing = rows.get(id);
    if (existing && existing.level !== row.level) throw new Error(`conflicting demo standards for ${id}`);
    rows.set(id, row);
  };

  // Generic rows: what every position of a kind requires.
  add("APLIKASI_SPBE", "JPT_PRATAMA", "", "", 3);
  add("PERENCANAAN_PENGANGGARAN", "JPT_PRATAMA", "", "", 4);
  add("APLIKASI_SPBE", "ADMINISTRATOR", "", "", 3);
  add("PERENCANAAN_PENGANGGARAN", "ADMINISTRATOR", "", "", 3);
  add("APLIKASI_SPBE", "PENGAWAS", "", "", 2);
  add("PERENCANAAN_PENGANGGARAN", "PENGAWAS", "", "", 2);
  add("APLIKASI_SPBE", "PELAKSANA", "", "", 2);
  for (const grade of [...EXPERT_GRADES, "AHLI_UTAMA" as const, ...SKILL_GRADES]) {
    add("APLIKASI_SPBE", "FUNGSIONAL", grade, "", SPBE_LEVEL_BY_GRADE[grade]);
  }

  // Functional positions: one row per competency and grade, on the exact title (`Perawat Ahli Pertama`).
  for (const key of Object.keys(ROLES) as RoleKey[]) {
    const role: FunctionalRole = ROLES[key];
    for (const grade of grades(role)) {
      const title = `${role.title} ${GRADE_LABEL[grade]}`;
      ROLE_COMPETENCIES[key].forEach((competency, i) => {
        add(competency, "FUNGSIONAL", grade, title, MAIN_LEVEL_BY_GRADE[grade] - (i === 0 ? 0 : 1));
      });
    }
  }

  for (const key of Object.keys(PELAKSANA) as PelaksanaKey[]) {
    for (const [competency, level] of PELAKSANA_COMPETENCIES[key]) add(competency, "PELAKSANA", "", PELAKSANA[key].title, level);
  }

  for (const [kind, titles, ...competencies] of MANAGER_ROWS) {
    for (const title of titles) for (const [competency, level] of competencies) add(competency, kind, "", title, level);
  }
  return [...rows.values()];
}

/**
 * Technical standards per position as the city would set them. A row applies to every employee
 * of its position kind, narrowed by grade and title when set; the most specific row wins
 * (see `technicalStandardsFor`). Managerial and socio-cultural standards are not listed: they
 * follow the domain's `defaultStandardLevel`.
 */
export const technicalStandards: readonly SeedTechnicalStandard[] = buildStandards();
