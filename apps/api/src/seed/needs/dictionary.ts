/**
 * The technical competency dictionary of the Salatiga demo (kind TECHNICAL). PermenPANRB 38/2017
 * leaves technical competencies to each agency: these are demo entries a city government would
 * plausibly write, not an official dictionary. Codes follow Bina's convention `T.<UPPER_SNAKE>`.
 */
export interface SeedCompetency {
  readonly code: string;
  readonly name: string;
  readonly description: string;
}

const ENTRIES = {
  APLIKASI_SPBE: [
    "Pengelolaan Aplikasi Layanan Publik (SPBE)",
    "Memanfaatkan dan mengelola aplikasi Sistem Pemerintahan Berbasis Elektronik (naskah dinas elektronik, e-kinerja, aplikasi layanan) sesuai arsitektur SPBE daerah.",
  ],
  PERENCANAAN_PENGANGGARAN: [
    "Perencanaan dan Penganggaran Daerah (SIPD)",
    "Menyusun Renstra, Renja dan RKA perangkat daerah yang selaras dengan RPJMD melalui Sistem Informasi Pemerintahan Daerah.",
  ],
  PENGADAAN_BARANG_JASA: [
    "Pengadaan Barang/Jasa Pemerintah",
    "Merencanakan dan melaksanakan pengadaan barang/jasa melalui SPSE dan e-katalog sesuai Perpres 16/2018 beserta perubahannya.",
  ],
  PENGELOLAAN_KEUANGAN: [
    "Pengelolaan Keuangan Daerah",
    "Menatausahakan, membukukan dan mempertanggungjawabkan keuangan daerah sesuai standar akuntansi pemerintahan.",
  ],
  ANALISIS_DATA_STATISTIK: [
    "Analisis Data dan Statistik Sektoral",
    "Mengumpulkan, mengolah, menganalisis dan menyajikan data sektoral untuk Satu Data Indonesia dan pengambilan keputusan.",
  ],
  ANALISIS_KEBIJAKAN: [
    "Analisis Kebijakan Publik",
    "Mengkaji masalah publik, merumuskan alternatif kebijakan dan menyusun rekomendasi berbasis bukti.",
  ],
  KEARSIPAN: [
    "Pengelolaan Kearsipan",
    "Mengelola arsip dinamis dan statis, termasuk tata naskah dinas elektronik (SRIKANDI).",
  ],
  PELAYANAN_KESEHATAN_PRIMER: [
    "Pelayanan Kesehatan Primer",
    "Menyelenggarakan upaya kesehatan perseorangan dan masyarakat tingkat pertama di puskesmas (integrasi layanan primer).",
  ],
  PELAYANAN_MEDIS: [
    "Pelayanan Medis dan Keselamatan Pasien",
    "Memberikan pelayanan medis dan penunjang medis sesuai standar profesi dan sasaran keselamatan pasien.",
  ],
  KEPERAWATAN_KLINIS: [
    "Keperawatan Klinis",
    "Memberikan asuhan keperawatan berbasis proses keperawatan, termasuk kegawatdaruratan, sesuai standar praktik.",
  ],
  KEBIDANAN: [
    "Pelayanan Kebidanan",
    "Memberikan asuhan kebidanan pada masa hamil, persalinan, nifas, bayi baru lahir serta pelayanan KB.",
  ],
  PELAYANAN_KEFARMASIAN: [
    "Pelayanan Kefarmasian",
    "Mengelola sediaan farmasi dan bahan medis habis pakai serta memberikan pelayanan farmasi klinik.",
  ],
  KESEHATAN_MASYARAKAT: [
    "Promosi Kesehatan dan Kesehatan Masyarakat",
    "Merancang promosi kesehatan, surveilans, gizi dan kesehatan lingkungan berbasis pemberdayaan masyarakat.",
  ],
  PEMBELAJARAN_KURIKULUM: [
    "Pembelajaran dan Kurikulum Merdeka",
    "Merancang, melaksanakan dan menilai pembelajaran sesuai Kurikulum Merdeka, termasuk pembelajaran berdiferensiasi.",
  ],
  PENANGGULANGAN_BENCANA: [
    "Penanggulangan Bencana",
    "Melaksanakan pencegahan, kesiapsiagaan, tanggap darurat dan pemulihan bencana di wilayah kota.",
  ],
  PENEGAKAN_PERDA: [
    "Penegakan Peraturan Daerah",
    "Menegakkan perda dan perkada serta menyelenggarakan ketertiban umum dan ketenteraman masyarakat secara humanis.",
  ],
  ADMINISTRASI_KEPENDUDUKAN: [
    "Administrasi Kependudukan",
    "Menyelenggarakan pendaftaran penduduk, pencatatan sipil dan pengelolaan data kependudukan (SIAK, IKD).",
  ],
  PENGELOLAAN_LINGKUNGAN: [
    "Pengelolaan Lingkungan Hidup",
    "Mengendalikan pencemaran, mengelola sampah dan mengawasi ketaatan izin lingkungan.",
  ],
  PENGAWASAN_INTERNAL: [
    "Pengawasan Internal Pemerintah",
    "Melaksanakan audit, reviu, evaluasi dan pemantauan atas penyelenggaraan pemerintahan daerah.",
  ],
  PRODUK_HUKUM_DAERAH: [
    "Penyusunan Produk Hukum Daerah",
    "Merancang perda, perwali dan keputusan sesuai teknik penyusunan peraturan perundang-undangan.",
  ],
  MANAJEMEN_ASN: [
    "Manajemen ASN",
    "Mengelola kebutuhan, pengembangan kompetensi, karier dan kinerja ASN berdasarkan sistem merit.",
  ],
  PELAYANAN_PERIZINAN: [
    "Pelayanan Perizinan Berusaha (OSS)",
    "Memproses perizinan berusaha berbasis risiko melalui OSS dan perizinan non-berusaha di PTSP.",
  ],
  KEAMANAN_INFORMASI: [
    "Keamanan Informasi dan Persandian",
    "Menerapkan manajemen keamanan informasi, persandian dan penanganan insiden siber.",
  ],
  KEHUMASAN: [
    "Kehumasan dan Komunikasi Publik",
    "Mengelola informasi publik, media sosial dan hubungan media pemerintah daerah.",
  ],
  PENGELOLAAN_BMD: [
    "Pengelolaan Barang Milik Daerah",
    "Merencanakan, menatausahakan, memelihara dan memanfaatkan barang milik daerah (aset).",
  ],
  PERPUSTAKAAN: [
    "Pengelolaan Perpustakaan",
    "Mengembangkan koleksi, layanan dan literasi perpustakaan berbasis inklusi sosial.",
  ],
  PENGELOLAAN_PENGADUAN: [
    "Pengelolaan Pengaduan Pelayanan Publik (SP4N-LAPOR!)",
    "Menerima, menindaklanjuti dan memantau pengaduan masyarakat melalui SP4N-LAPOR! sesuai standar waktu.",
  ],
  PELAYANAN_KEWILAYAHAN: [
    "Pelayanan Administrasi Kelurahan dan Kecamatan",
    "Menyelenggarakan pelayanan administrasi terpadu kecamatan dan kelurahan serta koordinasi kewilayahan.",
  ],
  PEMBERDAYAAN_MASYARAKAT: [
    "Pemberdayaan Masyarakat",
    "Menggerakkan partisipasi dan swadaya masyarakat, lembaga kemasyarakatan dan keluarga.",
  ],
  REHABILITASI_SOSIAL: [
    "Rehabilitasi dan Perlindungan Sosial",
    "Menangani pemerlu pelayanan kesejahteraan sosial melalui asesmen, rehabilitasi dan jaminan sosial.",
  ],
  PENYULUHAN_PERTANIAN: [
    "Penyuluhan Pertanian",
    "Mendampingi petani dan kelompok tani dalam teknologi budi daya, pascapanen dan kelembagaan.",
  ],
  KETAHANAN_PANGAN: [
    "Ketahanan dan Keamanan Pangan",
    "Menganalisis ketersediaan, distribusi dan keamanan pangan, termasuk pangan asal hewan.",
  ],
  INFRASTRUKTUR_TATA_RUANG: [
    "Penyelenggaraan Infrastruktur dan Penataan Ruang",
    "Merencanakan, mengawasi dan memelihara jalan, jembatan, sumber daya air dan permukiman sesuai rencana tata ruang.",
  ],
  LALU_LINTAS_ANGKUTAN: [
    "Manajemen Lalu Lintas dan Angkutan Jalan",
    "Mengelola lalu lintas, angkutan umum dan pengujian kendaraan bermotor.",
  ],
  PEMBINAAN_USAHA: [
    "Pembinaan Perdagangan, Koperasi dan UMKM",
    "Membina pasar, metrologi legal, koperasi dan usaha mikro, kecil dan menengah.",
  ],
  KEBUDAYAAN_PARIWISATA: [
    "Pelestarian Kebudayaan dan Pengembangan Pariwisata",
    "Melestarikan cagar dan tradisi budaya serta mengembangkan destinasi dan ekonomi kreatif.",
  ],
  KETENAGAKERJAAN: [
    "Pelayanan Ketenagakerjaan",
    "Menyelenggarakan penempatan tenaga kerja dan penyelesaian perselisihan hubungan industrial.",
  ],
} as const satisfies Record<string, readonly [name: string, description: string]>;

/** A key of the demo dictionary, e.g. `"KEARSIPAN"` for `T.KEARSIPAN`. */
export type TechnicalKey = keyof typeof ENTRIES;

/** The code of a technical competency of the demo dictionary: `tc("KEARSIPAN") === "T.KEARSIPAN"`. */
export const tc = (key: TechnicalKey): string => `T.${key}`;

/** The demo's technical competencies, in dictionary order. */
export const technicalCompetencies: readonly SeedCompetency[] = (Object.keys(ENTRIES) as TechnicalKey[]).map((key) => {
  const [name, description] = ENTRIES[key];
  return { code: tc(key), name, description };
});
