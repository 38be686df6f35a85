import type { UnitKind } from "@bina/domain";

/** An organisational unit to insert. Parents are always listed before their children. */
export interface SeedUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly parentCode: string | null;
}

/** Kemendagri region code of Kota Salatiga. */
export const CITY_CODE = "3373";

/**
 * The OPDs (perangkat daerah) of DOMAIN.md §9. Codes are short, stable demo codes
 * (`3373.<ACRONYM>`), not official ones; the real list comes from the city.
 */
const OPDS: readonly (readonly [acronym: string, name: string])[] = [
  ["SETDA", "Sekretariat Daerah"],
  ["SETWAN", "Sekretariat DPRD"],
  ["INSPEKTORAT", "Inspektorat"],
  ["DISDIK", "Dinas Pendidikan"],
  ["DINKES", "Dinas Kesehatan"],
  ["DINSOS", "Dinas Sosial"],
  ["SATPOLPP", "Satuan Polisi Pamong Praja"],
  ["DPKP", "Dinas Perumahan dan Kawasan Permukiman"],
  ["DLH", "Dinas Lingkungan Hidup"],
  ["DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil"],
  ["DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"],
  ["DISPUSIP", "Dinas Perpustakaan dan Kearsipan"],
  ["DISPORA", "Dinas Kepemudaan dan Olahraga"],
  ["DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
  ["DISKOMINFO", "Dinas Komunikasi dan Informatika"],
  ["DISDAG", "Dinas Perdagangan"],
  ["DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"],
  ["DKP", "Dinas Ketahanan Pangan"],
  ["DISKOPUKM", "Dinas Koperasi dan Usaha Kecil Menengah"],
  ["DISBUDPAR", "Dinas Kebudayaan dan Pariwisata"],
  ["DPPKB", "Dinas Pengendalian Penduduk dan Keluarga Berencana"],
  ["DISHUB", "Dinas Perhubungan"],
  ["DISPERINAKER", "Dinas Perindustrian dan Tenaga Kerja"],
  ["DISTAN", "Dinas Pertanian"],
  ["BKD", "Badan Keuangan Daerah"],
  ["BAPPEDA", "Badan Perencanaan, Penelitian dan Pengembangan Daerah"],
  ["BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
  ["KESBANGPOL", "Badan Kesatuan Bangsa dan Politik"],
  ["RSUD", "RSUD Kota Salatiga"],
];

/** The code of an OPD from its acronym, e.g. `opdCode("BKPSDM") === "3373.BKPSDM"`. */
export const opdCode = (acronym: string): string => `${CITY_CODE}.${acronym}`;

/** Bidang / bagian / UPTD inside a few big OPDs: [parent acronym, section suffix, name]. */
const SECTIONS: readonly (readonly [parent: string, suffix: string, name: string])[] = [
  ["SETDA", "UMUM", "Bagian Umum"],
  ["SETDA", "ORGANISASI", "Bagian Organisasi"],
  ["SETDA", "HUKUM", "Bagian Hukum"],
  ["SETDA", "PBJ", "Bagian Pengadaan Barang dan Jasa"],
  ["DISDIK", "SD", "Bidang Pembinaan Sekolah Dasar"],
  ["DISDIK", "SMP", "Bidang Pembinaan Sekolah Menengah Pertama"],
  ["DISDIK", "PAUDNI", "Bidang Pendidikan Anak Usia Dini dan Pendidikan Nonformal"],
  ["DINKES", "YANKES", "Bidang Pelayanan Kesehatan"],
  ["DINKES", "PKM-SIDOREJOLOR", "UPTD Puskesmas Sidorejo Lor"],
  ["DINKES", "PKM-CEBONGAN", "UPTD Puskesmas Cebongan"],
  ["DINKES", "PKM-KALICACING", "UPTD Puskesmas Kalicacing"],
  ["BKPSDM", "BANGKOM", "Bidang Pengembangan Kompetensi"],
  ["BKPSDM", "MUTASI", "Bidang Mutasi dan Promosi"],
  ["BKPSDM", "PPI", "Bidang Pengadaan, Pemberhentian dan Informasi"],
  ["RSUD", "YANMED", "Bidang Pelayanan Medis"],
  ["RSUD", "KEPERAWATAN", "Bidang Keperawatan"],
  ["RSUD", "UMUMKEU", "Bagian Umum dan Keuangan"],
];

export const sectionCode = (parentAcronym: string, suffix: string): string => `${opdCode(parentAcronym)}.${suffix}`;

/** Kecamatan with their Kemendagri codes, and their kelurahan in the order listed by the city. */
const KECAMATAN: readonly (readonly [code: string, name: string, kelurahan: readonly string[]])[] = [
  ["337301", "Sidorejo", ["Blotongan", "Bugel", "Kauman Kidul", "Pulutan", "Salatiga", "Sidorejo Lor"]],
  [
    "337302",
    "Tingkir",
    ["Gendongan", "Kalibening", "Kutowinangun Kidul", "Kutowinangun Lor", "Sidorejo Kidul", "Tingkir Lor", "Tingkir Tengah"],
  ],
  ["337303", "Argomulyo", ["Cebongan", "Kumpulrejo", "Ledok", "Noborejo", "Randuacir", "Tegalrejo"]],
  ["337304", "Sidomukti", ["Dukuh", "Kalicacing", "Kecandran", "Mangunsari"]],
];

/**
 * Kelurahan codes are `<kecamatan>.<nn>` in the order above: demo codes, deliberately not in
 * the 10-digit Kemendagri format so nobody mistakes them for official ones.
 */
const kelurahanCode = (kecamatanCode: string, index: number): string =>
  `${kecamatanCode}.${String(index + 1).padStart(2, "0")}`;

/** Every unit of the Salatiga demo: the city, its OPDs, their sections, kecamatan and kelurahan. */
export const salatigaUnits: readonly SeedUnit[] = [
  { code: CITY_CODE, name: "Pemerintah Kota Salatiga", kind: "CITY", parentCode: null },
  ...OPDS.map(([acronym, name]): SeedUnit => ({ code: opdCode(acronym), name, kind: "OPD", parentCode: CITY_CODE })),
  ...SECTIONS.map(
    ([parent, suffix, name]): SeedUnit => ({
      code: sectionCode(parent, suffix),
      name,
      kind: "SECTION",
      parentCode: opdCode(parent),
    }),
  ),
  ...KECAMATAN.flatMap(([code, name, kelurahan]): SeedUnit[] => [
    { code, name: `Kecamatan ${name}`, kind: "KECAMATAN", parentCode: CITY_CODE },
    ...kelurahan.map(
      (kel, i): SeedUnit => ({ code: kelurahanCode(code, i), name: `Kelurahan ${kel}`, kind: "KELURAHAN", parentCode: code }),
    ),
  ]),
];

/** The code of Dinas Kesehatan (the demo unit operator's unit). */
export const DINKES_CODE = opdCode("DINKES");
