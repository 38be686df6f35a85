import type { SeedEmployee } from "../salatiga";

/** Who a batch is for: position kinds, units (OPD acronyms, matched with their sub-units), employment type, recent CPNS. */
export interface Audience {
  readonly positionKinds?: readonly SeedEmployee["positionKind"][];
  readonly units?: readonly string[];
  readonly employmentTypes?: readonly SeedEmployee["employmentType"][];
  /** Only PNS appointed (TMT CPNS, NIP digits 9-14) in this year or later: the Latsar intake. */
  readonly appointedFrom?: number;
}

export interface SeedSessionSpeaker {
  readonly key: string;
  readonly role: "SPEAKER" | "MODERATOR" | "TEACHER";
}

/** One demo batch of 2026: its programme, dates, seats and speakers. Sessions are derived (two a day). */
export interface SeedBatch {
  readonly key: string;
  readonly programme: string;
  readonly kind: string;
  readonly leadershipProgramme?: string;
  readonly organiser: "BKPSDM" | "PROVINCE" | "LAN" | "OTHER_CITY" | "ONLINE_PLATFORM" | "OTHER";
  readonly organiserName?: string;
  readonly competencies: readonly string[];
  readonly batchName: string;
  /** First day (a working day); sessions run on consecutive working days. */
  readonly start: string;
  readonly days: number;
  /** JP a day, split into a morning and an afternoon session (a single session when 4 or less). */
  readonly jpPerDay: number;
  readonly capacity: number;
  readonly venue: string | null;
  readonly onlineUrl?: string;
  readonly audience: Audience;
  readonly speakers: readonly SeedSessionSpeaker[];
  /** Post-test pass mark (0..100) when the batch has a post-test. */
  readonly passMark?: number;
}

const ALL_STAFF: Audience = { positionKinds: ["PELAKSANA", "FUNGSIONAL"] };
const MANAGERS: Audience = { positionKinds: ["ADMINISTRATOR", "PENGAWAS"] };
const EVERYONE: Audience = {};
const SP = (key: string): SeedSessionSpeaker => ({ key, role: "SPEAKER" });
const TE = (key: string): SeedSessionSpeaker => ({ key, role: "TEACHER" });
const MO = (key: string): SeedSessionSpeaker => ({ key, role: "MODERATOR" });

const HALL = "Aula BKPSDM Kota Salatiga, Jl. Letjen Sukowati No. 51";
const LAB = "Laboratorium Komputer Diskominfo Kota Salatiga";
const BALAIKOTA = "Ruang Kaloka, Balai Kota Salatiga";
const GEDUNG = "Gedung Pertemuan Daerah Kota Salatiga";
const BPSDMD_A = "Kampus BPSDMD Provinsi Jawa Tengah, Semarang, Kelas A";
const BPSDMD_B = "Kampus BPSDMD Provinsi Jawa Tengah, Semarang, Kelas B";

type B = Omit<SeedBatch, "organiser"> & { organiser?: SeedBatch["organiser"] };
const b = (x: B): SeedBatch => ({ organiser: "BKPSDM", ...x });

/**
 * The 2026 programme of the demo city, about forty batches across the kinds: leadership (with the
 * provincial agency), technical incl. SPBE and IT, seminars and workshops with speakers from
 * Semarang, Surakarta, Yogyakarta and Jakarta, a course, a benchmarking visit and distance learning.
 * Batches that end before the demo's today are completed; December's are open for nominations.
 */
export const demoBatches: readonly SeedBatch[] = [
  // Leadership, with the provincial agency (PerLAN 5/2022 as amended by 6/2022).
  b({ key: "LATSAR-1", programme: "Pelatihan Dasar CPNS Golongan III Tahun 2026", kind: "LEADERSHIP_TRAINING", leadershipProgramme: "LATSAR_CPNS", organiser: "PROVINCE", organiserName: "BPSDMD Provinsi Jawa Tengah", competencies: ["M.INTEGRITAS", "M.PELAYANAN_PUBLIK", "SK.PEREKAT_BANGSA"], batchName: "Angkatan I", start: "2026-07-06", days: 36, jpPerDay: 8, capacity: 36, venue: BPSDMD_A, audience: { employmentTypes: ["PNS"], appointedFrom: 2024 }, speakers: [TE("SMG-BPSDMD")], passMark: 60 }),
  b({ key: "PKP-1", programme: "Pelatihan Kepemimpinan Pengawas (PKP)", kind: "LEADERSHIP_TRAINING", leadershipProgramme: "PKP", organiser: "PROVINCE", organiserName: "BPSDMD Provinsi Jawa Tengah", competencies: ["M.INTEGRITAS", "M.MENGELOLA_PERUBAHAN", "M.PENGAMBILAN_KEPUTUSAN", "M.KERJA_SAMA"], batchName: "Angkatan I", start: "2026-03-02", days: 40, jpPerDay: 8, capacity: 8, venue: BPSDMD_A, audience: { positionKinds: ["PENGAWAS"], employmentTypes: ["PNS"] }, speakers: [TE("SMG-BPSDMD"), TE("SMG-WI")] }),
  b({ key: "PKA-1", programme: "Pelatihan Kepemimpinan Administrator (PKA)", kind: "LEADERSHIP_TRAINING", leadershipProgramme: "PKA", organiser: "PROVINCE", organiserName: "BPSDMD Provinsi Jawa Tengah", competencies: ["M.INTEGRITAS", "M.MENGELOLA_PERUBAHAN", "M.PENGAMBILAN_KEPUTUSAN", "M.KERJA_SAMA"], batchName: "Angkatan VII", start: "2026-08-03", days: 40, jpPerDay: 8, capacity: 3, venue: BPSDMD_B, audience: { positionKinds: ["ADMINISTRATOR"], employmentTypes: ["PNS"] }, speakers: [TE("SMG-WI")] }),

  // Technical: SPBE and IT.
  b({ key: "SPBE-1", programme: "Bimtek Pengelolaan Aplikasi Layanan Publik SPBE bagi Operator OPD", kind: "TECHNICAL_GUIDANCE", competencies: ["T.APLIKASI_SPBE"], batchName: "Angkatan I", start: "2026-02-09", days: 4, jpPerDay: 8, capacity: 40, venue: LAB, audience: ALL_STAFF, speakers: [SP("SMG-KOMINFO"), SP("YOG-KOMINFO")] }),
  b({ key: "SPBE-2", programme: "Bimtek Pengelolaan Aplikasi Layanan Publik SPBE bagi Operator OPD", kind: "TECHNICAL_GUIDANCE", competencies: ["T.APLIKASI_SPBE"], batchName: "Angkatan II", start: "2026-05-11", days: 4, jpPerDay: 8, capacity: 40, venue: LAB, audience: ALL_STAFF, speakers: [SP("YOG-KOMINFO"), SP("SMG-KOMINFO")] }),
  b({ key: "SPBE-3", programme: "Bimtek Pengelolaan Aplikasi Layanan Publik SPBE bagi Operator OPD", kind: "TECHNICAL_GUIDANCE", competencies: ["T.APLIKASI_SPBE"], batchName: "Angkatan III", start: "2026-12-07", days: 4, jpPerDay: 8, capacity: 40, venue: LAB, audience: ALL_STAFF, speakers: [SP("SMG-KOMINFO")] }),
  b({ key: "DATA-1", programme: "Pelatihan Analisis Data dan Visualisasi untuk Satu Data Salatiga", kind: "TECHNICAL_TRAINING", competencies: ["T.ANALISIS_DATA_STATISTIK"], batchName: "Angkatan I", start: "2026-03-16", days: 5, jpPerDay: 8, capacity: 30, venue: LAB, audience: ALL_STAFF, speakers: [TE("SMG-UNDIP")], passMark: 60 }),
  b({ key: "SIBER-1", programme: "Bimtek Keamanan Informasi dan Penanganan Insiden Siber", kind: "TECHNICAL_GUIDANCE", competencies: ["T.KEAMANAN_INFORMASI"], batchName: "Angkatan I", start: "2026-06-08", days: 4, jpPerDay: 8, capacity: 25, venue: LAB, audience: { units: ["DISKOMINFO", "SETDA", "BKD", "DISDUKCAPIL", "RSUD"] }, speakers: [SP("JKT-BSSN"), SP("SMG-KOMINFO")] }),
  b({ key: "ARSIP-1", programme: "Bimtek Arsip Dinamis dan Naskah Dinas Elektronik (SRIKANDI)", kind: "TECHNICAL_GUIDANCE", competencies: ["T.KEARSIPAN", "T.APLIKASI_SPBE"], batchName: "Angkatan I", start: "2026-04-13", days: 3, jpPerDay: 8, capacity: 40, venue: LAB, audience: ALL_STAFF, speakers: [SP("YOG-KOMINFO")] }),
  b({ key: "ARSIP-2", programme: "Bimtek Arsip Dinamis dan Naskah Dinas Elektronik (SRIKANDI)", kind: "TECHNICAL_GUIDANCE", competencies: ["T.KEARSIPAN", "T.APLIKASI_SPBE"], batchName: "Angkatan II", start: "2026-09-14", days: 3, jpPerDay: 8, capacity: 40, venue: LAB, audience: ALL_STAFF, speakers: [SP("YOG-KOMINFO")] }),

  // Technical: finance, procurement, planning, law, oversight, personnel.
  b({ key: "PBJ-1", programme: "Pelatihan Pengadaan Barang/Jasa Pemerintah Tingkat Dasar", kind: "TECHNICAL_TRAINING", competencies: ["T.PENGADAAN_BARANG_JASA"], batchName: "Angkatan I", start: "2026-04-20", days: 5, jpPerDay: 8, capacity: 30, venue: HALL, audience: EVERYONE, speakers: [TE("JKT-LKPP")], passMark: 65 }),
  b({ key: "SIPD-1", programme: "Bimtek Perencanaan dan Penganggaran pada SIPD", kind: "TECHNICAL_GUIDANCE", competencies: ["T.PERENCANAAN_PENGANGGARAN"], batchName: "Angkatan I", start: "2026-02-23", days: 3, jpPerDay: 8, capacity: 45, venue: HALL, audience: EVERYONE, speakers: [SP("SKA-BAPPEDA"), SP("SMG-UNDIP")] }),
  b({ key: "KEU-1", programme: "Bimtek Penatausahaan Keuangan Daerah pada SIPD bagi Bendahara", kind: "TECHNICAL_GUIDANCE", competencies: ["T.PENGELOLAAN_KEUANGAN"], batchName: "Angkatan I", start: "2026-07-13", days: 4, jpPerDay: 8, capacity: 40, venue: HALL, audience: ALL_STAFF, speakers: [SP("SMG-UNDIP")] }),
  b({ key: "BMD-1", programme: "Bimtek Pengelolaan Barang Milik Daerah", kind: "TECHNICAL_GUIDANCE", competencies: ["T.PENGELOLAAN_BMD"], batchName: "Angkatan I", start: "2026-08-17", days: 3, jpPerDay: 8, capacity: 35, venue: HALL, audience: ALL_STAFF, speakers: [SP("SLT-INSPEKTORAT")] }),
  b({ key: "HUKUM-1", programme: "Pelatihan Penyusunan Produk Hukum Daerah (Legal Drafting)", kind: "TECHNICAL_TRAINING", competencies: ["T.PRODUK_HUKUM_DAERAH"], batchName: "Angkatan I", start: "2026-05-25", days: 5, jpPerDay: 8, capacity: 20, venue: BALAIKOTA, audience: EVERYONE, speakers: [TE("SMG-BPSDMD")] }),
  b({ key: "AUDIT-1", programme: "Pelatihan Audit Berbasis Risiko", kind: "FUNCTIONAL_TRAINING", competencies: ["T.PENGAWASAN_INTERNAL"], batchName: "Angkatan I", start: "2026-06-22", days: 5, jpPerDay: 8, capacity: 18, venue: BALAIKOTA, audience: { units: ["INSPEKTORAT", "BKD", "SETDA"] }, speakers: [TE("SLT-INSPEKTORAT")], passMark: 65 }),
  b({ key: "TALENTA-1", programme: "Bimtek Manajemen Talenta dan Sistem Merit", kind: "TECHNICAL_GUIDANCE", competencies: ["T.MANAJEMEN_ASN"], batchName: "Angkatan I", start: "2026-09-07", days: 4, jpPerDay: 8, capacity: 25, venue: HALL, audience: { positionKinds: ["ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL"] }, speakers: [SP("JKT-LAN"), SP("SLT-BKPSDM")] }),

  // Technical: health, education, services.
  b({ key: "ILP-1", programme: "Bimtek Integrasi Layanan Primer (ILP) bagi Tenaga Puskesmas", kind: "TECHNICAL_GUIDANCE", competencies: ["T.PELAYANAN_KESEHATAN_PRIMER"], batchName: "Angkatan I", start: "2026-03-09", days: 4, jpPerDay: 8, capacity: 45, venue: HALL, audience: { units: ["DINKES"] }, speakers: [SP("YOG-UGM")] }),
  b({ key: "ILP-2", programme: "Bimtek Integrasi Layanan Primer (ILP) bagi Tenaga Puskesmas", kind: "TECHNICAL_GUIDANCE", competencies: ["T.PELAYANAN_KESEHATAN_PRIMER"], batchName: "Angkatan II", start: "2026-10-05", days: 4, jpPerDay: 8, capacity: 45, venue: HALL, audience: { units: ["DINKES"] }, speakers: [SP("YOG-UGM")] }),
  b({ key: "SURV-1", programme: "Pelatihan Analisis Data Surveilans Kesehatan", kind: "TECHNICAL_TRAINING", competencies: ["T.ANALISIS_DATA_STATISTIK", "T.KESEHATAN_MASYARAKAT"], batchName: "Angkatan I", start: "2026-08-24", days: 4, jpPerDay: 8, capacity: 20, venue: LAB, audience: { units: ["DINKES", "RSUD"] }, speakers: [TE("YOG-UGM")], passMark: 60 }),
  b({ key: "BTCLS-1", programme: "Pelatihan BTCLS bagi Perawat IGD dan ICU", kind: "FUNCTIONAL_TRAINING", competencies: ["T.KEPERAWATAN_KLINIS"], batchName: "Angkatan I", start: "2026-05-04", days: 5, jpPerDay: 8, capacity: 30, venue: "Ruang Diklat RSUD Kota Salatiga", audience: { units: ["RSUD", "DINKES"] }, speakers: [TE("YOG-UGM")], passMark: 70 }),
  b({ key: "KURMER-1", programme: "Workshop Pembelajaran Berdiferensiasi Kurikulum Merdeka bagi Guru SD", kind: "WORKSHOP", competencies: ["T.PEMBELAJARAN_KURIKULUM"], batchName: "Angkatan I", start: "2026-01-19", days: 3, jpPerDay: 8, capacity: 100, venue: GEDUNG, audience: { units: ["DISDIK"] }, speakers: [SP("SKA-UNS")] }),
  b({ key: "KURMER-2", programme: "Workshop Pembelajaran Berdiferensiasi Kurikulum Merdeka bagi Guru SD", kind: "WORKSHOP", competencies: ["T.PEMBELAJARAN_KURIKULUM"], batchName: "Angkatan II", start: "2026-07-20", days: 3, jpPerDay: 8, capacity: 100, venue: GEDUNG, audience: { units: ["DISDIK"] }, speakers: [SP("SKA-UNS")] }),
  b({ key: "OSS-1", programme: "Bimtek Perizinan Berusaha Berbasis Risiko melalui OSS", kind: "TECHNICAL_GUIDANCE", competencies: ["T.PELAYANAN_PERIZINAN"], batchName: "Angkatan I", start: "2026-06-15", days: 3, jpPerDay: 8, capacity: 25, venue: HALL, audience: { units: ["DPMPTSP", "DISDAG", "DISPERINAKER", "DISKOPUKM", "DPUPR"] }, speakers: [SP("SKA-DPMPTSP")] }),
  b({ key: "IKD-1", programme: "Bimtek Layanan Adminduk Digital (IKD)", kind: "TECHNICAL_GUIDANCE", competencies: ["T.ADMINISTRASI_KEPENDUDUKAN"], batchName: "Angkatan I", start: "2026-02-16", days: 3, jpPerDay: 8, capacity: 40, venue: HALL, audience: { units: ["DISDUKCAPIL", "337301", "337302", "337303", "337304"] }, speakers: [SP("YOG-DUKCAPIL")] }),
  b({ key: "PRIMA-1", programme: "Pelatihan Pelayanan Prima bagi Petugas Garda Depan", kind: "TECHNICAL_TRAINING", competencies: ["M.PELAYANAN_PUBLIK", "T.PELAYANAN_KEWILAYAHAN"], batchName: "Angkatan I", start: "2026-10-19", days: 3, jpPerDay: 8, capacity: 40, venue: HALL, audience: { units: ["337301", "337302", "337303", "337304", "DPMPTSP", "DISDUKCAPIL", "RSUD"] }, speakers: [TE("SKA-DPMPTSP")] }),
  b({ key: "PRIMA-2", programme: "Pelatihan Pelayanan Prima bagi Petugas Garda Depan", kind: "TECHNICAL_TRAINING", competencies: ["M.PELAYANAN_PUBLIK", "T.PELAYANAN_KEWILAYAHAN"], batchName: "Angkatan II", start: "2026-12-14", days: 3, jpPerDay: 8, capacity: 40, venue: HALL, audience: { units: ["337301", "337302", "337303", "337304", "DPMPTSP", "DISDUKCAPIL", "RSUD"] }, speakers: [TE("SKA-DPMPTSP")] }),
  b({ key: "PERDA-1", programme: "Pelatihan Penegakan Perda secara Humanis bagi Satpol PP", kind: "TECHNICAL_TRAINING", competencies: ["T.PENEGAKAN_PERDA"], batchName: "Angkatan I", start: "2026-09-21", days: 4, jpPerDay: 8, capacity: 30, venue: HALL, audience: { units: ["SATPOLPP"] }, speakers: [TE("SMG-BPSDMD")] }),
  b({ key: "KEBIJAKAN-1", programme: "Pelatihan Analisis Kebijakan Publik", kind: "TECHNICAL_TRAINING", competencies: ["T.ANALISIS_KEBIJAKAN"], batchName: "Angkatan I", start: "2026-11-26", days: 4, jpPerDay: 8, capacity: 25, venue: BALAIKOTA, audience: { positionKinds: ["FUNGSIONAL", "PENGAWAS"] }, speakers: [TE("SKA-BAPPEDA")] }),

  // Managerial and socio-cultural.
  b({ key: "COACH-1", programme: "Pelatihan Coaching dan Mentoring bagi Pejabat Pengawas", kind: "MANAGERIAL_TRAINING", competencies: ["M.PENGEMBANGAN_DIRI", "M.KOMUNIKASI"], batchName: "Angkatan I", start: "2026-10-12", days: 3, jpPerDay: 8, capacity: 40, venue: HALL, audience: { positionKinds: ["PENGAWAS"] }, speakers: [SP("JKT-LAN")] }),
  b({ key: "INOVASI-1", programme: "Pelatihan Inovasi Pelayanan dan Manajemen Perubahan", kind: "MANAGERIAL_TRAINING", competencies: ["M.MENGELOLA_PERUBAHAN", "M.ORIENTASI_HASIL"], batchName: "Angkatan I", start: "2026-08-10", days: 4, jpPerDay: 8, capacity: 35, venue: HALL, audience: MANAGERS, speakers: [SP("SKA-BAPPEDA"), SP("JKT-LAN")] }),
  b({ key: "WASBANG-1", programme: "Penguatan Integritas, Antikorupsi dan Wawasan Kebangsaan", kind: "SOCIO_CULTURAL_TRAINING", competencies: ["M.INTEGRITAS", "SK.PEREKAT_BANGSA"], batchName: "Angkatan I", start: "2026-03-23", days: 2, jpPerDay: 8, capacity: 60, venue: GEDUNG, audience: EVERYONE, speakers: [SP("SLT-INSPEKTORAT")] }),
  b({ key: "INGGRIS-1", programme: "Kursus Bahasa Inggris untuk Pelayanan Publik", kind: "COURSE", competencies: ["M.KOMUNIKASI"], batchName: "Kelas A", start: "2026-09-01", days: 10, jpPerDay: 4, capacity: 25, venue: BALAIKOTA, audience: ALL_STAFF, speakers: [TE("SLT-MODERATOR")] }),

  // Seminars, socialisation and workshops with invited speakers.
  b({ key: "SEM-SMART", programme: "Seminar Kota Cerdas: Belajar dari Surakarta dan Yogyakarta", kind: "SEMINAR", competencies: ["T.APLIKASI_SPBE", "M.MENGELOLA_PERUBAHAN"], batchName: "Seminar", start: "2026-04-28", days: 1, jpPerDay: 6, capacity: 150, venue: GEDUNG, audience: EVERYONE, speakers: [SP("SKA-BAPPEDA"), SP("YOG-KOMINFO"), MO("SLT-MODERATOR")] }),
  b({ key: "SEM-RB", programme: "Seminar Birokrasi Berdampak dan Pelayanan Publik Prima", kind: "SEMINAR", competencies: ["M.PELAYANAN_PUBLIK", "M.ORIENTASI_HASIL"], batchName: "Seminar", start: "2026-08-26", days: 1, jpPerDay: 6, capacity: 150, venue: GEDUNG, audience: EVERYONE, speakers: [SP("JKT-PANRB"), SP("SKA-DPMPTSP"), MO("SLT-MODERATOR")] }),
  b({ key: "SOS-SKP", programme: "Sosialisasi Manajemen Kinerja ASN (PermenPANRB 6/2022)", kind: "SOCIALISATION", competencies: ["T.MANAJEMEN_ASN"], batchName: "Sesi I", start: "2026-01-27", days: 1, jpPerDay: 4, capacity: 200, venue: GEDUNG, audience: EVERYONE, speakers: [SP("SLT-BKPSDM")] }),
  b({ key: "SOS-NETRAL", programme: "Sosialisasi Netralitas dan Kode Etik ASN", kind: "SOCIALISATION", competencies: ["M.INTEGRITAS"], batchName: "Sesi I", start: "2026-10-27", days: 1, jpPerDay: 4, capacity: 200, venue: GEDUNG, audience: EVERYONE, speakers: [SP("SLT-BKPSDM")] }),
  b({ key: "WS-LAPOR", programme: "Workshop Pengelolaan Pengaduan SP4N-LAPOR!", kind: "WORKSHOP", competencies: ["T.PENGELOLAAN_PENGADUAN", "M.PELAYANAN_PUBLIK"], batchName: "Angkatan I", start: "2026-05-18", days: 2, jpPerDay: 6, capacity: 50, venue: HALL, audience: EVERYONE, speakers: [SP("YOG-KOMINFO")] }),
  b({ key: "WS-HUMAS", programme: "Workshop Kehumasan dan Pengelolaan Media Sosial Pemerintah", kind: "WORKSHOP", competencies: ["T.KEHUMASAN"], batchName: "Angkatan I", start: "2026-07-27", days: 2, jpPerDay: 6, capacity: 30, venue: LAB, audience: ALL_STAFF, speakers: [SP("SMG-KOMINFO"), MO("SLT-MODERATOR")] }),
  b({ key: "WS-EVAL", programme: "Workshop Evaluasi Kinerja dan Penyusunan Rencana Aksi 2027", kind: "WORKSHOP", competencies: ["M.ORIENTASI_HASIL", "T.PERENCANAAN_PENGANGGARAN"], batchName: "Angkatan I", start: "2026-12-02", days: 2, jpPerDay: 6, capacity: 60, venue: HALL, audience: MANAGERS, speakers: [SP("SKA-BAPPEDA")] }),

  // Non-classical batches: a benchmarking visit and distance learning.
  b({ key: "STUDITIRU-1", programme: "Studi Tiru Mal Pelayanan Publik Kota Surakarta", kind: "BENCHMARKING", competencies: ["M.PELAYANAN_PUBLIK", "T.PELAYANAN_PERIZINAN"], batchName: "Rombongan I", start: "2026-09-29", days: 2, jpPerDay: 6, capacity: 20, venue: "Mal Pelayanan Publik Kota Surakarta", organiser: "OTHER_CITY", organiserName: "Pemerintah Kota Surakarta", audience: { units: ["DPMPTSP", "DISDUKCAPIL", "337301", "337302", "337303", "337304"] }, speakers: [SP("SKA-DPMPTSP")] }),
  b({ key: "PJJ-IKU", programme: "Pelatihan Jarak Jauh Penyusunan Indikator Kinerja", kind: "DISTANCE_LEARNING", competencies: ["M.ORIENTASI_HASIL"], batchName: "Angkatan I", start: "2026-06-01", days: 5, jpPerDay: 4, capacity: 60, venue: null, onlineUrl: "https://elearning.lan.go.id", organiser: "LAN", organiserName: "Lembaga Administrasi Negara", audience: { positionKinds: ["PENGAWAS", "FUNGSIONAL"] }, speakers: [TE("JKT-LAN")] }),
];
