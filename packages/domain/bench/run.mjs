// Throughput of the organisation rules on the built package (run `pnpm --filter @bina/domain build`
// first). Inputs are generated from a fixed seed so runs are comparable; timing lives here,
// never in tests.
import { formatNip, parseNip, parsePppkNumber, validateEmployee } from "@bina/domain";

const N = Number(process.argv[2] ?? 100_000);
const ROUNDS = 5;

// mulberry32: a tiny seeded PRNG.
let seed = 0x5a1a7164;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pad = (n, w) => String(n).padStart(w, "0");

const validNip = () => {
  const year = int(1960, 2004);
  const month = int(1, 12);
  const day = int(1, 28);
  const appointment = int(year + 18, 2025);
  return `${year}${pad(month, 2)}${pad(day, 2)}${appointment}${pad(int(1, 12), 2)}${int(1, 2)}${pad(int(1, 999), 3)}`;
};
/** 70% valid and compact, 20% valid and spaced, 10% with one random digit changed. */
const nipInput = () => {
  const nip = validNip();
  const roll = random();
  if (roll < 0.7) return nip;
  if (roll < 0.9) return formatNip(nip);
  const i = int(0, 17);
  return nip.slice(0, i) + int(0, 9) + nip.slice(i + 1);
};

const nips = Array.from({ length: N }, nipInput);
const pppkNumbers = nips.map((n) => n.replace(/\s/g, ""));
const drafts = nips.map((nip, i) => ({
  nip,
  name: i % 10 === 0 ? "B" : "Dr. Budi Santoso, S.Kom., M.Kom.",
  employmentType: "PNS",
  rankCode: i % 7 === 0 ? "IX" : "III/a",
  positionKind: i % 3 === 0 ? "FUNGSIONAL" : "PELAKSANA",
  positionTitle: "Pranata Komputer",
  functionalGrade: i % 3 === 0 ? "AHLI_PERTAMA" : null,
  email: "budi@salatiga.go.id",
  phone: "0812-3456-7890",
}));

const bench = (name, inputs, fn) => {
  let accepted = 0;
  for (const input of inputs) fn(input); // warm up
  const times = [];
  for (let r = 0; r < ROUNDS; r++) {
    accepted = 0;
    const start = performance.now();
    for (const input of inputs) if (fn(input).ok) accepted++;
    times.push(performance.now() - start);
  }
  const best = Math.min(...times);
  const median = times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
  const opsPerSec = (inputs.length / median) * 1000;
  console.log(
    `${name.padEnd(18)} ${inputs.length} inputs  median ${median.toFixed(1)} ms  best ${best.toFixed(1)} ms  ` +
      `${Math.round(opsPerSec).toLocaleString("en-US")} ops/s  (${((accepted / inputs.length) * 100).toFixed(1)}% valid)`,
  );
};

console.log(`@bina/domain bench, node ${process.version}, ${ROUNDS} rounds each`);
bench("parseNip", nips, (s) => parseNip(s));
bench("parsePppkNumber", pppkNumbers, (s) => parsePppkNumber(s));
bench("validateEmployee", drafts, (d) => validateEmployee(d));
