import { isIPv4, isIPv6 } from "node:net";

/**
 * A fixed-window counter per client address for the public pages (/verify, /check-in, /survey, /evaluate), kept in this
 * process: at most `limit` hits per `windowSeconds`, then refused until the window ends.
 *
 * Keys are client addresses or `|`-joined keys containing one; every IPv6 address in a key is counted by its /64
 * prefix (one phone or home gets a whole /64, so its 2^64 addresses are one client), and an IPv4-mapped IPv6 address
 * (`::ffff:1.2.3.4`) is the IPv4 address it carries.
 *
 * Bounded: at most `maxKeys` keys are remembered. When the store is full, expired windows are dropped; if none is
 * expired a new key is refused (fail closed: its request gets a 429) rather than dropping other clients' counters, which
 * would let a flood of addresses reset everyone's limit.
 */
export interface PublicRateLimit {
  /** Seconds to wait when the client is over its limit (or the store is full of live windows), else 0 (and nothing is counted). */
  retryAfter(key: string, now?: number): number;
  /** Counts one hit (a new key while the store is full of live windows is not remembered; retryAfter refuses it). */
  hit(key: string, now?: number): void;
}

/** Expands an IPv6 address (no zone) into its eight 16-bit groups, or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    if (!isIPv4(v4[1]!)) return null;
    const b = v4[1]!.split(".").map(Number);
    text = `${text.slice(0, -v4[1]!.length)}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const double = text.indexOf("::");
  const parse = (s: string) => (s === "" ? [] : s.split(":").map((g) => parseInt(g, 16)));
  if (double < 0) {
    const all = parse(text);
    return all.length === 8 && all.every((g) => g >= 0 && g <= 0xffff) ? all : null;
  }
  const left = parse(text.slice(0, double));
  const right = parse(text.slice(double + 2));
  const missing = 8 - left.length - right.length;
  if (missing < 1) return null;
  return [...left, ...Array<number>(missing).fill(0), ...right];
}

/**
 * The rate-limit identity of one client address: an IPv4 address as it is; an IPv4-mapped IPv6 address as its IPv4
 * address; any other IPv6 address as its /64 prefix (`2001:db8:1:2::/64`). Anything else is returned unchanged.
 */
export function addressKey(address: string): string {
  const plain = address.trim().toLowerCase();
  if (isIPv4(plain)) return plain;
  const bare = plain.startsWith("[") && plain.endsWith("]") ? plain.slice(1, -1) : plain;
  const noZone = bare.split("%", 1)[0]!;
  if (!isIPv6(noZone)) return address;
  const g = ipv6Groups(noZone);
  if (!g || g.length !== 8) return address;
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) {
    return [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255].join(".");
  }
  return `${g.slice(0, 4).map((x) => x.toString(16)).join(":")}::/64`;
}

/** A key with each address in it (its `|`-separated parts) replaced by its addressKey. */
const normalize = (key: string): string =>
  key
    .slice(0, 300)
    .split("|")
    .map((part) => addressKey(part))
    .join("|")
    .slice(0, 200);

export function createPublicRateLimit({ limit, windowSeconds, maxKeys = 10_000 }: { limit: number; windowSeconds: number; maxKeys?: number }): PublicRateLimit {
  const windows = new Map<string, { count: number; endsAt: number }>();
  const current = (key: string, now: number) => {
    const w = windows.get(key);
    if (w && w.endsAt > now) return w;
    if (w) windows.delete(key);
    return null;
  };
  /** Drops expired windows (insertion order is start order, and every window has the same length). */
  const sweep = (now: number) => {
    for (const [k, w] of windows) {
      if (w.endsAt > now) break;
      windows.delete(k);
    }
  };
  const full = (now: number): boolean => {
    if (windows.size < maxKeys) return false;
    sweep(now);
    return windows.size >= maxKeys;
  };
  /** Seconds until the oldest live window ends (a new key's wait while the store is full). */
  const oldestWait = (now: number) => {
    const first = windows.values().next().value;
    return first ? Math.max(1, Math.ceil((first.endsAt - now) / 1000)) : 1;
  };
  return {
    retryAfter(key, now = Date.now()) {
      const k = normalize(key);
      const w = current(k, now);
      if (w) return w.count >= limit ? Math.max(1, Math.ceil((w.endsAt - now) / 1000)) : 0;
      return full(now) ? oldestWait(now) : 0;
    },
    hit(key, now = Date.now()) {
      const k = normalize(key);
      const w = current(k, now);
      if (w) {
        w.count++;
        return;
      }
      if (full(now)) return;
      windows.set(k, { count: 1, endsAt: now + windowSeconds * 1000 });
    },
  };
}
