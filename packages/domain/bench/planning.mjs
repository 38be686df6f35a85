// Time of the budget optimisers (independent candidates, and coverage) and throughput of the needs rules, on the built package (run
// `pnpm --filter @bina/domain build` first). Instances come from a fixed seed so runs are
// comparable; timing lives here, never in tests. Usage: node bench/planning.mjs [instances per kind]
import { jobPersonMatch, priorityScore, selectPlanByCoverage, selectProgrammesWithinBudget } from "@bina/domain";

const INSTANCES = Number(process.argv[2] ?? 15);

// mulberry32: a tiny seeded PRNG.
let seed = 0x0b1a2024;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (min, max) => min + Math.floor(random() * (max - min + 1));

/**
 * Pisinger's classes on rupiah amounts (Rp10 million to Rp1 billion, in thousands), ceiling half
 * the total: uncorrelated values; strongly correlated (value = cost + k, hard for bounds); equal
 * density (value proportional to cost: a subset-sum problem, the bound never prunes); and
 * uncorrelated with every third candidate mandatory.
 */
const KINDS = {
  UNCORRELATED: () => int(1_000, 1_000_000),
  STRONGLY_CORRELATED: (cost) => cost / 1000 + 100_000,
  EQUAL_DENSITY: (cost) => cost / 1000,
  MANY_MANDATORY: () => int(1_000, 1_000_000),
};
const instance = (kind, n) => {
  const candidates = Array.from({ length: n }, (_, i) => {
    const cost = int(10_000, 1_000_000) * 1000;
    return { id: `p${i}`, cost, value: KINDS[kind](cost), mandatory: kind === "MANY_MANDATORY" && i % 3 === 0 };
  });
  return { candidates, ceiling: Math.floor(candidates.reduce((s, c) => s + c.cost, 0) / 2) };
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`@bina/domain planning bench, node ${process.version}, ${INSTANCES} instances per kind and size`);
// Warm up the JIT on every kind so the first measured instance does not run in the interpreter.
for (const kind of Object.keys(KINDS)) {
  const { candidates, ceiling } = instance(kind, 40);
  selectProgrammesWithinBudget(candidates, ceiling);
}
// 40 candidates: the size up to which the result is guaranteed exact; 60: beyond it.
for (const n of [40, 60]) {
  for (const kind of Object.keys(KINDS)) {
    const times = [];
    const methods = new Map();
    let worstGap = 0;
    for (let i = 0; i < INSTANCES; i++) {
      const { candidates, ceiling } = instance(kind, n);
      const start = performance.now();
      const result = selectProgrammesWithinBudget(candidates, ceiling);
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(`${kind}: ${result.error.code}`);
      const { method, note, upperBound, totalValue } = result.value;
      const label = method === "EXACT" && note ? "EXACT value, tie-break unproven" : method;
      methods.set(label, (methods.get(label) ?? 0) + 1);
      if (upperBound !== undefined) worstGap = Math.max(worstGap, (upperBound - totalValue) / upperBound);
    }
    console.log(
      `selectProgrammes ${String(n).padStart(2)} ${kind.padEnd(19)} median ${median(times).toFixed(2).padStart(7)} ms  ` +
        `max ${Math.max(...times).toFixed(2).padStart(7)} ms  ${[...methods].map(([m, k]) => `${k}× ${m}`).join(", ")}` +
        (worstGap > 0 ? ` (approximate: at most ${(worstGap * 100).toFixed(4)}% below the bound)` : ""),
    );
  }
}

/**
 * The coverage optimiser (programmes compete for the same employees) on city-like instances:
 * CITY: 30 competencies with 5..150 employees in need and mean priorities 20..90, each candidate
 * developing 1..3 of them at random for 10..120 participants at Rp30,000..90,000 per
 * participant-JP; OVERLAPPING: the same over only 10 competencies (four candidates or more per
 * competency); MANDATORY: CITY with every tenth candidate mandatory; EQUAL_DENSITY: each candidate
 * for its own competency, all at the same rupiah per unit of value (a subset sum: bounds hardly
 * prune, so meet in the middle finishes it); FILL_NEED: batches of one programme at one price
 * offering about three times the places one need has (the dynamic programme finishes it; ceiling
 * the total). Ceiling half the total otherwise.
 */
const coverageInstance = (kind, n) => {
  if (kind === "FILL_NEED") {
    const candidates = Array.from({ length: n }, (_, i) => {
      const participants = int(10, 54);
      return { id: `b${i}`, cost: participants * 1_250_000, participants, competencyIds: ["k0"], mandatory: false };
    });
    const offered = candidates.reduce((s, c) => s + c.participants, 0);
    const needs = [{ competencyId: "k0", employeesInNeed: Math.floor(offered / 3), meanPriority: 62.5 }];
    return { candidates, needs, ceiling: candidates.reduce((s, c) => s + c.cost, 0) };
  }
  const competencies = kind === "OVERLAPPING" ? 10 : kind === "EQUAL_DENSITY" ? n : 30;
  const needs = Array.from({ length: competencies }, (_, k) => ({
    competencyId: `k${k}`,
    employeesInNeed: int(5, 150),
    meanPriority: kind === "EQUAL_DENSITY" ? 50 : int(2000, 9000) / 100,
  }));
  const candidates = Array.from({ length: n }, (_, i) => {
    const participants = int(10, 120);
    if (kind === "EQUAL_DENSITY") {
      needs[i].employeesInNeed = participants;
      return { id: `c${i}`, cost: participants * 32 * 50_000, participants, competencyIds: [`k${i}`], mandatory: false };
    }
    const ids = new Set([`k${int(0, competencies - 1)}`]);
    for (let e = int(0, 2); e > 0; e--) ids.add(`k${int(0, competencies - 1)}`);
    return {
      id: `c${i}`,
      cost: participants * int(12, 40) * int(30, 90) * 1000,
      participants,
      competencyIds: [...ids],
      mandatory: kind === "MANDATORY" && i % 10 === 0,
    };
  });
  return { candidates, needs, ceiling: Math.floor(candidates.reduce((s, c) => s + c.cost, 0) / 2) };
};

const COVERAGE_KINDS = ["CITY", "OVERLAPPING", "MANDATORY", "EQUAL_DENSITY", "FILL_NEED"];
for (const kind of COVERAGE_KINDS) selectPlanByCoverage(coverageInstance(kind, 30)); // warm up
for (const n of [20, 30, 40]) {
  for (const kind of COVERAGE_KINDS) {
    const times = [];
    for (let i = 0; i < INSTANCES; i++) {
      const input = coverageInstance(kind, n);
      const start = performance.now();
      const result = selectPlanByCoverage(input);
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(`${kind}: ${result.error.code}`);
    }
    console.log(`selectPlanByCoverage ${String(n).padStart(2)} ${kind.padEnd(15)} median ${median(times).toFixed(2).padStart(7)} ms  max ${Math.max(...times).toFixed(2).padStart(7)} ms`);
  }
}

const throughput = (name, inputs, fn) => {
  for (const input of inputs) fn(input); // warm up
  const times = [];
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    for (const input of inputs) fn(input);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  console.log(`${name.padEnd(18)} ${inputs.length} inputs  median ${ms.toFixed(1)} ms  ${Math.round((inputs.length / ms) * 1000).toLocaleString("en-US")} ops/s`);
};

const level = () => int(1, 5);
throughput(
  "jobPersonMatch",
  Array.from({ length: 100_000 }, () => Array.from({ length: int(9, 20) }, () => ({ standard: level(), actual: level() }))),
  (pairs) => jobPersonMatch(pairs),
);
const predikats = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG", null];
const bands = ["OPTIMAL", "CUKUP_OPTIMAL", "KURANG_OPTIMAL", null];
throughput(
  "priorityScore",
  Array.from({ length: 100_000 }, () => ({
    gap: int(0, 4),
    targetGap: int(0, 4),
    skpPredikat: predikats[int(0, 5)],
    jpmBand: bands[int(0, 3)],
    mandatoryForPosition: random() < 0.2,
    unitServiceWeakness: random() < 0.3 ? null : random(),
    servesPublic: random() < 0.5,
  })),
  (input) => priorityScore(input),
);
