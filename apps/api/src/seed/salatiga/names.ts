import type { Gender } from "@bina/domain";
import type { Rng } from "./prng";

/** Javanese / Central Java given names. Words used for both genders are in `UNISEX_FIRST`. */
const MALE_FIRST: readonly string[] = [
  "Budi", "Agus", "Eko", "Joko", "Wahyu", "Ahmad", "Muhammad", "Slamet", "Heru", "Bambang",
  "Sigit", "Hadi", "Teguh", "Yusuf", "Rudi", "Andi", "Arief", "Bayu", "Dimas", "Fajar",
  "Galih", "Hendra", "Imam", "Rahmat", "Rizky", "Sugeng", "Wawan", "Yoga", "Adi", "Aris",
  "Danang", "Didik", "Gunawan", "Hari", "Iwan", "Kukuh", "Setyo", "Yanto", "Ilham", "Bagus",
  "Aditya", "Dedy", "Agung", "Anton", "Bima", "Catur", "Edi", "Fikri", "Hanif", "Irfan",
];

const FEMALE_FIRST: readonly string[] = [
  "Sri", "Siti", "Rina", "Endang", "Yuliana", "Dewi", "Retno", "Lestari", "Fitri", "Ani",
  "Ayu", "Dyah", "Indah", "Kartika", "Lina", "Maya", "Nanik", "Novi", "Putri", "Ratna",
  "Rini", "Sari", "Septi", "Tutik", "Umi", "Wulan", "Yeni", "Yuni", "Anisa", "Diah",
  "Erna", "Heni", "Ika", "Mega", "Nining", "Suci", "Titik", "Wiwik", "Yulia", "Laras",
  "Anggun", "Nadia", "Dini", "Evi", "Ratih", "Susi", "Widya", "Astrid", "Febri", "Kristiani",
];

/** Birth-order and devotional names given to boys and girls alike (Dwi = second, Tri = third). */
const UNISEX_FIRST: readonly string[] = ["Dwi", "Tri", "Eka", "Nur", "Puji", "Ari", "Rizki", "Catur"];
/** Birth-order words (Eka/Eko = first ... Catur = fourth): at most one per name. */
const ORDINALS: ReadonlySet<string> = new Set(["Eka", "Eko", "Dwi", "Tri", "Catur"]);

const MALE_MIDDLE: readonly string[] = ["Adi", "Agung", "Budi", "Eko", "Dwi", "Tri", "Nur", "Hadi", "Setyo", "Bayu"];
const FEMALE_MIDDLE: readonly string[] = ["Ayu", "Dwi", "Tri", "Nur", "Puji", "Sri", "Eka", "Dyah", "Retno", "Indah"];

const MALE_LAST: readonly string[] = [
  "Santoso", "Wibowo", "Susanto", "Purnomo", "Kurniawan", "Setiawan", "Hidayat", "Nugroho", "Prasetyo", "Saputra",
  "Gunawan", "Hartono", "Sutanto", "Wijaya", "Pratama", "Firmansyah", "Hermawan", "Sulistyo", "Raharjo", "Sudarsono",
  "Widodo", "Suryanto", "Priyono", "Haryanto", "Cahyono", "Nugraha", "Ramadhan", "Mulyadi", "Utomo", "Triyono",
  "Wicaksono", "Setyawan", "Purwanto", "Susilo", "Wahyudi", "Kusuma", "Hidayatullah", "Prabowo", "Santosa", "Darmawan",
];

const FEMALE_LAST: readonly string[] = [
  "Rahayu", "Lestari", "Handayani", "Wulandari", "Wahyuni", "Susanti", "Rahmawati", "Purwanti", "Setyowati", "Kurniasih",
  "Yuliani", "Astuti", "Sulistyowati", "Hartati", "Ningsih", "Utami", "Pratiwi", "Maharani", "Anggraini", "Puspitasari",
  "Fitriani", "Safitri", "Permatasari", "Novitasari", "Kusumawati", "Widyastuti", "Indriyani", "Susilowati", "Nurhayati", "Kurniawati",
];

/** Single-word names, common among older Javanese civil servants. */
const MALE_MONONYM: readonly string[] = [
  "Sutrisno", "Suparno", "Sugiyanto", "Mulyono", "Suyatno", "Sutopo", "Darmanto", "Sukardi", "Margono", "Suharto",
];
const FEMALE_MONONYM: readonly string[] = [
  "Sumarni", "Suwarni", "Sulastri", "Sutarmi", "Sumiyati", "Suharti", "Tumini", "Wartini", "Sukini", "Parmi",
];

/** A plain personal name (no academic titles) as a list of words. */
export function personalName(rng: Rng, gender: Gender, birthYear: number): string[] {
  const male = gender === "MALE";
  if (birthYear < 1978 && rng.chance(0.12)) return [rng.pick(male ? MALE_MONONYM : FEMALE_MONONYM)];
  const first = rng.chance(0.18) ? rng.pick(UNISEX_FIRST) : rng.pick(male ? MALE_FIRST : FEMALE_FIRST);
  let last = rng.pick(male ? MALE_LAST : FEMALE_LAST);
  while (last === first) last = rng.pick(male ? MALE_LAST : FEMALE_LAST);
  if (rng.chance(0.3)) {
    const middle = rng.pick(male ? MALE_MIDDLE : FEMALE_MIDDLE);
    if (middle !== first && !(ORDINALS.has(middle) && ORDINALS.has(first))) return [first, middle, last];
  }
  return [first, last];
}
