import type { PositionKind } from "@bina/domain";
import type { PelaksanaKey, RoleKey } from "./functional-roles";
import type { DegreeKey } from "./titles";
import { opdCode, sectionCode } from "./units";

/** A managerial position of a unit. */
export interface ManagerSlot {
  readonly title: string;
  readonly kind: Extract<PositionKind, "JPT_PRATAMA" | "ADMINISTRATOR" | "PENGAWAS">;
  /** Title family of the holder; one of the plan's `managerDegrees` otherwise. */
  readonly degree?: DegreeKey;
}

type Weighted<T> = readonly (readonly [T, number])[];

/** How a unit is staffed: its managerial positions and the mix of its other staff. */
export interface UnitPlan {
  readonly unitCode: string;
  /** Managerial positions; the first one heads the unit. */
  readonly managers: readonly ManagerSlot[];
  readonly managerDegrees: Weighted<DegreeKey>;
  /** Relative size of the non-managerial staff; headcounts are shared out by this weight. */
  readonly staffWeight: number;
  /** Share of non-managerial staff in functional positions; the rest are pelaksana. */
  readonly functionalShare: number;
  readonly functional: Weighted<RoleKey>;
  readonly pelaksana: Weighted<PelaksanaKey>;
}

const GOV: Weighted<DegreeKey> = [["GOV", 6], ["LAW", 1], ["ECON", 1]];
const HEALTH: Weighted<DegreeKey> = [["PUBLIC_HEALTH", 3], ["DOCTOR", 1], ["NURSE_EXPERT", 1], ["GOV", 1]];

/** Back-office functional positions found in every OPD. */
const OFFICE: Weighted<RoleKey> = [
  ["ANALIS_KEBIJAKAN", 3], ["PERENCANA", 2], ["PRAKOM", 2], ["ARSIPARIS", 2],
  ["ANALIS_SDMA", 1], ["ANALIS_KEUANGAN", 2], ["PENGADAAN", 1],
];

const GENERIC_PELAKSANA: Weighted<PelaksanaKey> = [
  ["PENGADMINISTRASI_UMUM", 4], ["PENGADMINISTRASI_PERKANTORAN", 2], ["PENGELOLA_DATA", 2],
  ["PENGELOLA_KEUANGAN", 1], ["BENDAHARA", 1], ["PENGEMUDI", 1], ["PENATA_LAYANAN", 2],
  ["PENGELOLA_LAYANAN", 1], ["OPERATOR_LAYANAN", 2],
];

/** Field crews (waste collection, parks, traffic): many drivers and operators. */
const FIELD_PELAKSANA: Weighted<PelaksanaKey> = [
  ["PENGEMUDI", 5], ["OPERATOR_LAYANAN", 5], ["PENGADMINISTRASI_UMUM", 2], ["PENGELOLA_DATA", 1], ["BENDAHARA", 1],
];

/** School and office administration staff of the education office. */
const SCHOOL_PELAKSANA: Weighted<PelaksanaKey> = [
  ["PENGADMINISTRASI_UMUM", 3], ["PENGELOLA_DATA", 3], ["BENDAHARA", 2], ["OPERATOR_LAYANAN", 3], ["PENGEMUDI", 0.5],
];

const mgr = (title: string, kind: ManagerSlot["kind"], degree?: DegreeKey): ManagerSlot =>
  degree ? { title, kind, degree } : { title, kind };
const prefixed = (prefix: string, kind: ManagerSlot["kind"], names: readonly string[]): ManagerSlot[] =>
  names.map((n) => mgr(`${prefix} ${n}`, kind));
const kabid = (...names: string[]): ManagerSlot[] => prefixed("Kepala Bidang", "ADMINISTRATOR", names);
const kasi = (...names: string[]): ManagerSlot[] => prefixed("Kepala Seksi", "PENGAWAS", names);
const kasubbag = (...names: string[]): ManagerSlot[] => prefixed("Kepala Subbagian", "PENGAWAS", names);

interface OpdSpec {
  readonly head: string;
  readonly headDegree?: DegreeKey;
  /** Managerial positions under the head (Sekretaris and Kepala Subbagian are added unless `noSecretariat`). */
  readonly managers?: readonly ManagerSlot[];
  readonly secretary?: string;
  readonly noSecretariat?: boolean;
  readonly weight: number;
  readonly functionalShare?: number;
  readonly functional?: Weighted<RoleKey>;
  readonly pelaksana?: Weighted<PelaksanaKey>;
  readonly managerDegrees?: Weighted<DegreeKey>;
}

const opd = (acronym: string, s: OpdSpec): UnitPlan => ({
  unitCode: opdCode(acronym),
  managers: [
    mgr(s.head, "JPT_PRATAMA", s.headDegree),
    ...(s.noSecretariat ? [] : [mgr(s.secretary ?? "Sekretaris", "ADMINISTRATOR")]),
    ...(s.managers ?? []),
    ...(s.noSecretariat ? [] : kasubbag("Umum dan Kepegawaian", "Perencanaan dan Keuangan")),
  ],
  managerDegrees: s.managerDegrees ?? GOV,
  staffWeight: s.weight,
  functionalShare: s.functionalShare ?? 0.45,
  functional: [...(s.functional ?? []), ...OFFICE],
  pelaksana: s.pelaksana ?? GENERIC_PELAKSANA,
});

interface SectionSpec {
  readonly managers: readonly ManagerSlot[];
  readonly weight: number;
  readonly functional: Weighted<RoleKey>;
  readonly functionalShare?: number;
  readonly managerDegrees?: Weighted<DegreeKey>;
}

const section = (parent: string, suffix: string, s: SectionSpec): UnitPlan => ({
  unitCode: sectionCode(parent, suffix),
  managers: s.managers,
  managerDegrees: s.managerDegrees ?? GOV,
  staffWeight: s.weight,
  functionalShare: s.functionalShare ?? 0.55,
  functional: s.functional,
  pelaksana: GENERIC_PELAKSANA,
});

const puskesmas = (suffix: string, name: string): UnitPlan =>
  section("DINKES", suffix, {
    managers: [mgr(`Kepala UPTD Puskesmas ${name}`, "PENGAWAS", "DOCTOR"), ...kasubbag("Tata Usaha")],
    weight: 46,
    functionalShare: 0.85,
    managerDegrees: HEALTH,
    functional: [
      ["DOKTER", 3], ["DOKTER_GIGI", 1], ["PERAWAT", 8], ["BIDAN", 8], ["APOTEKER", 1], ["ASISTEN_APOTEKER", 1],
      ["PRANATA_LAB", 1.5], ["NUTRISIONIS", 1], ["SANITASI", 1], ["PROMKES", 1], ["PEREKAM_MEDIS", 1],
    ],
  });

const HOSPITAL_CLINICAL: Weighted<RoleKey> = [
  ["DOKTER_SPESIALIS", 5], ["DOKTER", 4], ["DOKTER_GIGI", 0.5], ["PERAWAT", 26], ["BIDAN", 5], ["APOTEKER", 2],
  ["ASISTEN_APOTEKER", 2], ["PRANATA_LAB", 3], ["RADIOGRAFER", 1.5], ["FISIOTERAPIS", 1], ["NUTRISIONIS", 1],
  ["PEREKAM_MEDIS", 2], ["SANITASI", 0.5],
];

const OPD_PLANS: readonly UnitPlan[] = [
  opd("SETDA", {
    head: "Sekretaris Daerah",
    noSecretariat: true,
    weight: 14,
    managers: [mgr("Kepala Bagian Perencanaan dan Keuangan", "ADMINISTRATOR")],
  }),
  section("SETDA", "UMUM", {
    managers: [mgr("Kepala Bagian Umum", "ADMINISTRATOR"), ...kasubbag("Tata Usaha Pimpinan", "Rumah Tangga")],
    weight: 16,
    functional: [["ARSIPARIS", 3], ["HUMAS", 2], ["PRAKOM", 1]],
    functionalShare: 0.35,
  }),
  section("SETDA", "ORGANISASI", {
    managers: [mgr("Kepala Bagian Organisasi", "ADMINISTRATOR"), ...kasubbag("Kelembagaan dan Analisis Jabatan")],
    weight: 9,
    functional: [["ANALIS_KEBIJAKAN", 3], ["ANALIS_SDMA", 2]],
  }),
  section("SETDA", "HUKUM", {
    managers: [
      mgr("Kepala Bagian Hukum", "ADMINISTRATOR", "LAW"),
      mgr("Kepala Subbagian Peraturan Perundang-undangan", "PENGAWAS", "LAW"),
    ],
    weight: 9,
    functional: [["PERANCANG_UU", 3], ["ANALIS_HUKUM", 2]],
  }),
  section("SETDA", "PBJ", {
    managers: [mgr("Kepala Bagian Pengadaan Barang dan Jasa", "ADMINISTRATOR")],
    weight: 8,
    functional: [["PENGADAAN", 1]],
    functionalShare: 0.7,
  }),
  opd("SETWAN", {
    head: "Sekretaris DPRD",
    noSecretariat: true,
    managers: [
      mgr("Kepala Bagian Umum dan Keuangan", "ADMINISTRATOR"),
      mgr("Kepala Bagian Persidangan dan Perundang-undangan", "ADMINISTRATOR"),
      ...kasubbag("Tata Usaha dan Kepegawaian", "Keuangan"),
    ],
    weight: 24,
    functional: [["PERANCANG_UU", 2], ["HUMAS", 2]],
  }),
  opd("INSPEKTORAT", {
    head: "Inspektur",
    secretary: "Sekretaris Inspektorat",
    managers: prefixed("Inspektur Pembantu", "ADMINISTRATOR", ["Wilayah I", "Wilayah II", "Wilayah III"]),
    weight: 30,
    functionalShare: 0.75,
    functional: [["AUDITOR", 14], ["P2UPD", 8]],
    managerDegrees: [["ECON", 2], ["GOV", 2], ["LAW", 1]],
  }),
  opd("DISDIK", {
    head: "Kepala Dinas Pendidikan",
    headDegree: "EDU",
    weight: 560,
    functionalShare: 0.93,
    functional: [["GURU", 400], ["PENGAWAS_SEKOLAH", 6], ["PENILIK", 2], ["PAMONG_BELAJAR", 2]],
    pelaksana: SCHOOL_PELAKSANA,
    managerDegrees: [["EDU", 3], ["GOV", 1]],
  }),
  section("DISDIK", "SD", {
    managers: [...kabid("Pembinaan Sekolah Dasar"), ...kasi("Kurikulum dan Penilaian SD")],
    weight: 9,
    functional: [["ANALIS_KEBIJAKAN", 2], ["PTP", 1]],
    managerDegrees: [["EDU", 1]],
  }),
  section("DISDIK", "SMP", {
    managers: [...kabid("Pembinaan Sekolah Menengah Pertama"), ...kasi("Kurikulum dan Penilaian SMP")],
    weight: 9,
    functional: [["ANALIS_KEBIJAKAN", 2], ["PTP", 1]],
    managerDegrees: [["EDU", 1]],
  }),
  section("DISDIK", "PAUDNI", {
    managers: kabid("Pendidikan Anak Usia Dini dan Pendidikan Nonformal"),
    weight: 8,
    functional: [["PENILIK", 2], ["PAMONG_BELAJAR", 2], ["ANALIS_KEBIJAKAN", 1]],
    managerDegrees: [["EDU", 1]],
  }),
  opd("DINKES", {
    head: "Kepala Dinas Kesehatan",
    headDegree: "DOCTOR",
    managers: kabid("Kesehatan Masyarakat", "Pencegahan dan Pengendalian Penyakit", "Sumber Daya Kesehatan"),
    weight: 36,
    functionalShare: 0.6,
    functional: [["ADMINKES", 4], ["EPIDEMIOLOG", 2], ["PROMKES", 2], ["SANITASI", 2], ["NUTRISIONIS", 1], ["APOTEKER", 1]],
    managerDegrees: HEALTH,
  }),
  section("DINKES", "YANKES", {
    managers: [...kabid("Pelayanan Kesehatan"), ...kasi("Pelayanan Kesehatan Primer", "Pelayanan Kesehatan Rujukan")],
    weight: 14,
    functional: [["ADMINKES", 3], ["APOTEKER", 1], ["PEREKAM_MEDIS", 1]],
    managerDegrees: HEALTH,
    functionalShare: 0.65,
  }),
  puskesmas("PKM-SIDOREJOLOR", "Sidorejo Lor"),
  puskesmas("PKM-CEBONGAN", "Cebongan"),
  puskesmas("PKM-KALICACING", "Kalicacing"),
  opd("DINSOS", {
    head: "Kepala Dinas Sosial",
    managers: kabid("Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial"),
    weight: 22,
    functionalShare: 0.5,
    functional: [["PEKSOS", 5], ["PENYULUH_SOSIAL", 2]],
    managerDegrees: [["SOCIAL", 2], ["GOV", 2]],
  }),
  opd("SATPOLPP", {
    head: "Kepala Satuan Polisi Pamong Praja",
    managers: kabid("Penegakan Peraturan Daerah", "Ketenteraman dan Ketertiban Umum", "Perlindungan Masyarakat"),
    weight: 46,
    functionalShare: 0.75,
    functional: [["POLPP", 30]],
    managerDegrees: [["LAW", 2], ["GOV", 3]],
  }),
  opd("DPKP", {
    head: "Kepala Dinas Perumahan dan Kawasan Permukiman",
    managers: kabid("Perumahan", "Kawasan Permukiman"),
    weight: 16,
    functional: [["PENATA_RUANG", 2], ["TEKNIK_JALAN", 1]],
    managerDegrees: [["ENG", 3], ["GOV", 1]],
  }),
  opd("DLH", {
    head: "Kepala Dinas Lingkungan Hidup",
    managers: kabid("Pengelolaan Sampah", "Pengendalian Pencemaran", "Pertamanan"),
    weight: 42,
    functionalShare: 0.25,
    functional: [["PLH", 4], ["PDL", 2]],
    pelaksana: FIELD_PELAKSANA,
    managerDegrees: [["ENG", 2], ["GOV", 2]],
  }),
  opd("DISDUKCAPIL", {
    head: "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    managers: kabid(
      "Pelayanan Pendaftaran Penduduk",
      "Pelayanan Pencatatan Sipil",
      "Pengelolaan Informasi Administrasi Kependudukan",
    ),
    weight: 26,
    functionalShare: 0.5,
    functional: [["ADK", 8], ["PRAKOM", 2]],
  }),
  opd("DP3A", {
    head: "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    managers: kabid("Pemberdayaan Perempuan", "Perlindungan Anak"),
    weight: 14,
    functional: [["PEKSOS", 2], ["PSM", 1]],
    managerDegrees: [["SOCIAL", 2], ["GOV", 2]],
  }),
  opd("DISPUSIP", {
    head: "Kepala Dinas Perpustakaan dan Kearsipan",
    managers: kabid("Perpustakaan", "Kearsipan"),
    weight: 26,
    functionalShare: 0.7,
    functional: [["PUSTAKAWAN", 8], ["ARSIPARIS", 6]],
    managerDegrees: [["LIBRARY", 1], ["GOV", 2]],
  }),
  opd("DISPORA", {
    head: "Kepala Dinas Kepemudaan dan Olahraga",
    managers: kabid("Kepemudaan", "Olahraga"),
    weight: 13,
    functional: [],
  }),
  opd("DPMPTSP", {
    head: "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    managers: kabid("Penanaman Modal", "Pelayanan Perizinan"),
    weight: 17,
    functional: [["PRAKOM", 2]],
  }),
  opd("DISKOMINFO", {
    head: "Kepala Dinas Komunikasi dan Informatika",
    managers: kabid("Informasi dan Komunikasi Publik", "Aplikasi Informatika", "Statistik dan Persandian"),
    weight: 22,
    functionalShare: 0.6,
    functional: [["PRAKOM", 8], ["HUMAS", 4], ["STATISTISI", 2], ["SANDIMAN", 2]],
    managerDegrees: [["IT", 2], ["COMM", 1], ["GOV", 2]],
  }),
  opd("DISDAG", {
    head: "Kepala Dinas Perdagangan",
    managers: kabid("Pengelolaan Pasar", "Perdagangan dan Metrologi"),
    weight: 20,
    functional: [["PENGAWAS_PERDAGANGAN", 2], ["PENERA", 2]],
    managerDegrees: [["ECON", 2], ["GOV", 2]],
  }),
  opd("DPUPR", {
    head: "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
    headDegree: "ENG",
    managers: kabid("Bina Marga", "Sumber Daya Air", "Penataan Ruang"),
    weight: 40,
    functionalShare: 0.5,
    functional: [["TEKNIK_JALAN", 6], ["TEKNIK_PENGAIRAN", 3], ["PENATA_RUANG", 3]],
    managerDegrees: [["ENG", 4], ["GOV", 1]],
  }),
  opd("DKP", {
    head: "Kepala Dinas Ketahanan Pangan",
    managers: kabid("Ketersediaan dan Distribusi Pangan", "Konsumsi dan Keamanan Pangan"),
    weight: 13,
    functional: [["ANALIS_PANGAN", 3], ["PMHP", 2]],
    managerDegrees: [["AGRI", 2], ["GOV", 1]],
  }),
  opd("DISKOPUKM", {
    head: "Kepala Dinas Koperasi dan Usaha Kecil Menengah",
    managers: kabid("Koperasi", "Usaha Kecil Menengah"),
    weight: 13,
    functional: [["PENGAWAS_KOPERASI", 3]],
    managerDegrees: [["ECON", 2], ["GOV", 2]],
  }),
  opd("DISBUDPAR", {
    head: "Kepala Dinas Kebudayaan dan Pariwisata",
    managers: kabid("Kebudayaan", "Pariwisata"),
    weight: 15,
    functional: [["PAMONG_BUDAYA", 3], ["ADYATAMA", 2]],
    managerDegrees: [["CULTURE", 1], ["GOV", 2]],
  }),
  opd("DPPKB", {
    head: "Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana",
    managers: kabid("Pengendalian Penduduk", "Keluarga Berencana dan Ketahanan Keluarga"),
    weight: 28,
    functionalShare: 0.65,
    functional: [["PENYULUH_KB", 12]],
    managerDegrees: [["SOCIAL", 1], ["PUBLIC_HEALTH", 1], ["GOV", 2]],
  }),
  opd("DISHUB", {
    head: "Kepala Dinas Perhubungan",
    managers: kabid("Lalu Lintas", "Angkutan dan Sarana Prasarana"),
    weight: 36,
    functionalShare: 0.3,
    functional: [["PENGUJI_KB", 5]],
    pelaksana: FIELD_PELAKSANA,
    managerDegrees: [["ENG", 2], ["GOV", 2]],
  }),
  opd("DISPERINAKER", {
    head: "Kepala Dinas Perindustrian dan Tenaga Kerja",
    managers: kabid("Perindustrian", "Tenaga Kerja"),
    weight: 15,
    functional: [["PENGANTAR_KERJA", 2], ["MEDIATOR_HI", 2]],
  }),
  opd("DISTAN", {
    head: "Kepala Dinas Pertanian",
    headDegree: "AGRI",
    managers: kabid("Tanaman Pangan dan Hortikultura", "Peternakan dan Kesehatan Hewan"),
    weight: 34,
    functionalShare: 0.55,
    functional: [["PENYULUH_PERTANIAN", 10], ["MEDIK_VETERINER", 2], ["PMHP", 1]],
    managerDegrees: [["AGRI", 3], ["GOV", 1]],
  }),
  opd("BKD", {
    head: "Kepala Badan Keuangan Daerah",
    secretary: "Sekretaris Badan",
    managers: kabid("Anggaran", "Perbendaharaan dan Akuntansi", "Pendapatan", "Aset"),
    weight: 40,
    functional: [["ANALIS_KEUANGAN", 8]],
    managerDegrees: [["ECON", 4], ["GOV", 1]],
  }),
  opd("BAPPEDA", {
    head: "Kepala Badan Perencanaan, Penelitian dan Pengembangan Daerah",
    secretary: "Sekretaris Badan",
    managers: kabid("Perencanaan Pembangunan", "Penelitian dan Pengembangan", "Pengendalian dan Evaluasi"),
    weight: 20,
    functionalShare: 0.65,
    functional: [["PERENCANA", 10], ["STATISTISI", 1]],
    managerDegrees: [["PLANNING", 3], ["GOV", 1]],
  }),
  opd("BKPSDM", {
    head: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    secretary: "Sekretaris Badan",
    weight: 12,
    functional: [["ANALIS_SDMA", 4]],
    managerDegrees: [["PSY", 1], ["GOV", 3]],
  }),
  section("BKPSDM", "BANGKOM", {
    managers: [...kabid("Pengembangan Kompetensi"), ...kasi("Pengembangan Kompetensi Manajerial dan Teknis")],
    weight: 10,
    functional: [["ANALIS_SDMA", 4], ["ASESOR_SDMA", 2]],
    functionalShare: 0.7,
  }),
  section("BKPSDM", "MUTASI", {
    managers: kabid("Mutasi dan Promosi"),
    weight: 8,
    functional: [["ANALIS_SDMA", 1]],
    functionalShare: 0.6,
  }),
  section("BKPSDM", "PPI", {
    managers: kabid("Pengadaan, Pemberhentian dan Informasi"),
    weight: 8,
    functional: [["ANALIS_SDMA", 3], ["PRAKOM", 2], ["ARSIPARIS", 1]],
  }),
  opd("KESBANGPOL", {
    head: "Kepala Badan Kesatuan Bangsa dan Politik",
    secretary: "Sekretaris Badan",
    managers: kabid("Ideologi dan Wawasan Kebangsaan", "Politik Dalam Negeri"),
    weight: 12,
    functional: [],
  }),
  opd("RSUD", {
    head: "Direktur RSUD Kota Salatiga",
    headDegree: "DOCTOR",
    noSecretariat: true,
    managers: prefixed("Wakil Direktur", "ADMINISTRATOR", ["Pelayanan", "Umum dan Keuangan"]),
    weight: 250,
    functionalShare: 0.85,
    functional: HOSPITAL_CLINICAL,
    managerDegrees: HEALTH,
  }),
  section("RSUD", "YANMED", {
    managers: [...kabid("Pelayanan Medis"), ...kasi("Pelayanan Rawat Jalan", "Pelayanan Rawat Inap")],
    weight: 30,
    functional: [["DOKTER_SPESIALIS", 3], ["DOKTER", 3], ["PEREKAM_MEDIS", 2], ["ADMINKES", 1]],
    functionalShare: 0.8,
    managerDegrees: [["DOCTOR", 2], ["PUBLIC_HEALTH", 1]],
  }),
  section("RSUD", "KEPERAWATAN", {
    managers: [...kabid("Keperawatan"), ...kasi("Asuhan Keperawatan")],
    weight: 40,
    functional: [["PERAWAT", 6], ["BIDAN", 1]],
    functionalShare: 0.9,
    managerDegrees: [["NURSE_EXPERT", 1]],
  }),
  section("RSUD", "UMUMKEU", {
    managers: [mgr("Kepala Bagian Umum dan Keuangan", "ADMINISTRATOR"), ...kasubbag("Umum dan Kepegawaian", "Keuangan")],
    weight: 26,
    functional: [["ANALIS_KEUANGAN", 2], ["PRAKOM", 2], ["ARSIPARIS", 1], ["PENGADAAN", 1]],
    functionalShare: 0.3,
  }),
];

const kecamatanPlan = (code: string, name: string): UnitPlan => ({
  unitCode: code,
  managers: [
    mgr(`Camat ${name}`, "ADMINISTRATOR"),
    mgr("Sekretaris Kecamatan", "ADMINISTRATOR"),
    ...kasi("Pemerintahan", "Ketenteraman dan Ketertiban Umum", "Pemberdayaan Masyarakat dan Kesejahteraan Sosial"),
  ],
  managerDegrees: GOV,
  staffWeight: 11,
  functionalShare: 0.3,
  functional: [["PSM", 2], ["ANALIS_KEBIJAKAN", 1], ["POLPP", 1]],
  pelaksana: GENERIC_PELAKSANA,
});

const kelurahanPlan = (code: string, name: string, index: number): UnitPlan => ({
  unitCode: code,
  managers: [
    mgr(`Lurah ${name}`, "PENGAWAS"),
    mgr("Sekretaris Kelurahan", "PENGAWAS"),
    ...kasi("Pemerintahan dan Ketenteraman", "Pemberdayaan Masyarakat"),
  ],
  managerDegrees: GOV,
  // 2 to 5 staff at the default size: 6 to 9 people per kelurahan office.
  staffWeight: 2.5 + (index % 4),
  functionalShare: 0.15,
  functional: [["PSM", 1]],
  pelaksana: GENERIC_PELAKSANA,
});

/** Staffing plans of every unit that has staff, in unit order (the city itself has none). */
export function staffingPlans(units: readonly { code: string; name: string; kind: string }[]): UnitPlan[] {
  const byCode = new Map(OPD_PLANS.map((p) => [p.unitCode, p]));
  let kelurahanIndex = 0;
  const plans: UnitPlan[] = [];
  for (const u of units) {
    if (u.kind === "KECAMATAN") plans.push(kecamatanPlan(u.code, u.name.replace(/^Kecamatan /, "")));
    else if (u.kind === "KELURAHAN") plans.push(kelurahanPlan(u.code, u.name.replace(/^Kelurahan /, ""), kelurahanIndex++));
    else {
      const plan = byCode.get(u.code);
      if (plan) plans.push(plan);
      else if (u.kind !== "CITY") throw new Error(`no staffing plan for unit ${u.code}`);
    }
  }
  return plans;
}
