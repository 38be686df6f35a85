import { skmSampleSize } from "@bina/domain";

export type SeedServiceUnitKind = "POPULATION_REGISTRY" | "LICENSING" | "HOSPITAL" | "HEALTH_CENTRE" | "SUBDISTRICT" | "VILLAGE";

/** A public-service unit of the demo city: where citizens are served, the org unit whose staff serve there. */
export interface SeedServiceUnit {
  /** The public URL slug (`/survey/<code>`). */
  readonly code: string;
  readonly name: string;
  readonly kind: SeedServiceUnitKind;
  /** The organisational unit (Salatiga demo unit code) whose subtree's staff serve there. */
  readonly unitCode: string;
  /** Service users a year: the population of the required sample. */
  readonly yearlyUsers: number;
  /** What respondents say they came for (the form's "service received"). */
  readonly services: readonly string[];
}

const DUKCAPIL = ["Perekaman KTP-el", "Pencetakan KTP-el", "Kartu Keluarga", "Akta Kelahiran", "Akta Kematian", "Surat Pindah Datang", "Kartu Identitas Anak", "Aktivasi IKD"];
const PERIZINAN = ["Persetujuan Bangunan Gedung", "NIB dan perizinan OSS", "Izin Praktik Tenaga Kesehatan", "Izin Reklame", "Sertifikat Laik Fungsi", "Konsultasi perizinan"];
const RUMAH_SAKIT = ["Rawat jalan poliklinik", "Instalasi Gawat Darurat", "Rawat inap", "Laboratorium", "Radiologi", "Farmasi", "Pendaftaran BPJS Kesehatan"];
const PUSKESMAS = ["Poli umum", "Kesehatan ibu dan anak", "Imunisasi", "Poli gigi", "Laboratorium", "Pemeriksaan kesehatan (Cek Kesehatan Gratis)"];
const KECAMATAN = ["Legalisasi dokumen", "Rekomendasi izin keramaian", "Surat keterangan ahli waris", "Pelayanan adminduk kecamatan", "Dispensasi nikah"];
const KELURAHAN = ["Surat pengantar KTP/KK", "Surat keterangan domisili", "Surat keterangan tidak mampu", "Surat keterangan usaha", "Pengantar nikah"];

/**
 * Twelve service units of the demo city (DOMAIN.md §7, §9): the civil registry, the one-stop licensing office, the
 * hospital, three puskesmas, the four kecamatan offices and two kelurahan offices. Yearly users are of the order a
 * city of 200,000 sees (about 60,000 registry visits, 3,000 at a kelurahan office).
 */
export const demoServiceUnits: readonly SeedServiceUnit[] = [
  { code: "disdukcapil", name: "Dinas Kependudukan dan Pencatatan Sipil (Mal Pelayanan Publik)", kind: "POPULATION_REGISTRY", unitCode: "3373.DISDUKCAPIL", yearlyUsers: 60_000, services: DUKCAPIL },
  { code: "dpmptsp", name: "DPMPTSP Kota Salatiga (Pelayanan Terpadu Satu Pintu)", kind: "LICENSING", unitCode: "3373.DPMPTSP", yearlyUsers: 14_000, services: PERIZINAN },
  { code: "rsud", name: "RSUD Kota Salatiga", kind: "HOSPITAL", unitCode: "3373.RSUD", yearlyUsers: 95_000, services: RUMAH_SAKIT },
  { code: "pkm-sidorejo-lor", name: "UPTD Puskesmas Sidorejo Lor", kind: "HEALTH_CENTRE", unitCode: "3373.DINKES.PKM-SIDOREJOLOR", yearlyUsers: 24_000, services: PUSKESMAS },
  { code: "pkm-cebongan", name: "UPTD Puskesmas Cebongan", kind: "HEALTH_CENTRE", unitCode: "3373.DINKES.PKM-CEBONGAN", yearlyUsers: 18_000, services: PUSKESMAS },
  { code: "pkm-kalicacing", name: "UPTD Puskesmas Kalicacing", kind: "HEALTH_CENTRE", unitCode: "3373.DINKES.PKM-KALICACING", yearlyUsers: 16_000, services: PUSKESMAS },
  { code: "kec-sidorejo", name: "Kantor Kecamatan Sidorejo", kind: "SUBDISTRICT", unitCode: "337301", yearlyUsers: 6_500, services: KECAMATAN },
  { code: "kec-tingkir", name: "Kantor Kecamatan Tingkir", kind: "SUBDISTRICT", unitCode: "337302", yearlyUsers: 6_000, services: KECAMATAN },
  { code: "kec-argomulyo", name: "Kantor Kecamatan Argomulyo", kind: "SUBDISTRICT", unitCode: "337303", yearlyUsers: 5_500, services: KECAMATAN },
  { code: "kec-sidomukti", name: "Kantor Kecamatan Sidomukti", kind: "SUBDISTRICT", unitCode: "337304", yearlyUsers: 4_500, services: KECAMATAN },
  { code: "kel-blotongan", name: "Kantor Kelurahan Blotongan", kind: "VILLAGE", unitCode: "337301.01", yearlyUsers: 3_000, services: KELURAHAN },
  { code: "kel-mangunsari", name: "Kantor Kelurahan Mangunsari", kind: "VILLAGE", unitCode: "337304.04", yearlyUsers: 3_500, services: KELURAHAN },
];

/** The required sample of a demo unit per period (the domain's Krejcie-Morgan). */
export const requiredSample = (unit: Pick<SeedServiceUnit, "yearlyUsers">): number => skmSampleSize(unit.yearlyUsers);
