import { createRng } from "../salatiga/prng";
import type { Rng } from "../salatiga/prng";

/** FNV-1a, 32 bits: a stable hash of a short string. */
const fnv1a = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/**
 * A generator of its own for one key (an employee's NIP) under a seed: what one employee draws
 * does not depend on who else is in the list or in which order.
 */
export const keyedRng = (seed: number, salt: string, key: string): Rng => createRng(fnv1a(`${seed}:${salt}:${key}`));
