/**
 * A fixed-window counter per client address for the public pages (/verify, /check-in), kept in this process: at most
 * `limit` hits per `windowSeconds`, then refused until the window ends. Bounded: at most `maxKeys` addresses are
 * remembered (the oldest window goes first), so a flood of addresses cannot fill the heap.
 */
export interface PublicRateLimit {
  /** Seconds to wait when the client is over its limit, else 0 (and nothing is counted). */
  retryAfter(key: string, now?: number): number;
  /** Counts one hit. */
  hit(key: string, now?: number): void;
}

export function createPublicRateLimit({ limit, windowSeconds, maxKeys = 10_000 }: { limit: number; windowSeconds: number; maxKeys?: number }): PublicRateLimit {
  const windows = new Map<string, { count: number; endsAt: number }>();
  const current = (key: string, now: number) => {
    const w = windows.get(key);
    if (w && w.endsAt > now) return w;
    if (w) windows.delete(key);
    return null;
  };
  return {
    retryAfter(key, now = Date.now()) {
      const w = current(key.slice(0, 200), now);
      return w && w.count >= limit ? Math.max(1, Math.ceil((w.endsAt - now) / 1000)) : 0;
    },
    hit(key, now = Date.now()) {
      const k = key.slice(0, 200);
      const w = current(k, now);
      if (w) {
        w.count++;
        return;
      }
      if (windows.size >= maxKeys) windows.delete(windows.keys().next().value!);
      windows.set(k, { count: 1, endsAt: now + windowSeconds * 1000 });
    },
  };
}
