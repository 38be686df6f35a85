import { addressKey, createPublicRateLimit } from "../src/modules/delivery/public-rate-limit";

describe("the public rate limit's client identity", () => {
  it("keeps an IPv4 address, reads an IPv4-mapped IPv6 address as its IPv4 address, and cuts IPv6 to its /64", () => {
    expect(addressKey("203.0.113.7")).toBe("203.0.113.7");
    expect(addressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressKey("::FFFF:10.0.0.1")).toBe("10.0.0.1");
    expect(addressKey("::ffff:cb00:7107")).toBe("203.0.113.7");
    expect(addressKey("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:DB8:1:2::9")).toBe("2001:db8:1:2::/64");
    expect(addressKey("[2001:db8:1:2:ffff::1]")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:3::9")).toBe("2001:db8:1:3::/64");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("unknown")).toBe("unknown");
  });

  it("counts every address of one IPv6 /64 as one client, alone or inside a composite key", () => {
    const limit = createPublicRateLimit({ limit: 3, windowSeconds: 60 });
    const now = 1_000_000;
    for (let i = 1; i <= 3; i++) {
      expect(limit.retryAfter(`2001:db8:aa:bb::${i}`, now)).toBe(0);
      limit.hit(`2001:db8:aa:bb:${i}:${i}:${i}:${i}`, now);
    }
    expect(limit.retryAfter("2001:db8:aa:bb:ffff:ffff:ffff:ffff", now)).toBe(60);
    // Another /64 is another client.
    expect(limit.retryAfter("2001:db8:aa:bc::1", now)).toBe(0);
    // The IPv4-mapped form is the IPv4 client.
    for (let i = 0; i < 3; i++) limit.hit("::ffff:198.51.100.4", now);
    expect(limit.retryAfter("198.51.100.4", now)).toBe(60);
    // A composite key (code|address) is normalised too.
    for (let i = 1; i <= 3; i++) limit.hit(`CODE123|2001:db8:cc:dd::${i}`, now);
    expect(limit.retryAfter("CODE123|2001:db8:cc:dd:1:2:3:4", now)).toBe(60);
    expect(limit.retryAfter("OTHER|2001:db8:cc:dd:1:2:3:4", now)).toBe(0);
    expect(limit.retryAfter("2001:db8:aa:bb::1", now + 60_000)).toBe(0);
  });

  it("when full, drops only expired windows and otherwise refuses new keys without dropping anyone's counter", () => {
    const limit = createPublicRateLimit({ limit: 2, windowSeconds: 60, maxKeys: 3 });
    const t0 = 5_000_000;
    limit.hit("192.0.2.1", t0);
    limit.hit("192.0.2.1", t0);
    limit.hit("192.0.2.2", t0 + 1000);
    limit.hit("192.0.2.3", t0 + 2000);
    expect(limit.retryAfter("192.0.2.1", t0 + 3000)).toBe(57);
    // A flood of new addresses is refused while the store is full of live windows.
    for (let i = 10; i < 50; i++) {
      expect(limit.retryAfter(`192.0.2.${i}`, t0 + 3000)).toBeGreaterThan(0);
      limit.hit(`192.0.2.${i}`, t0 + 3000);
    }
    // The client over its limit is still over it (its counter was not dropped).
    expect(limit.retryAfter("192.0.2.1", t0 + 3000)).toBe(57);
    expect(limit.retryAfter("192.0.2.2", t0 + 3000)).toBe(0);
    // Once the first window ended, its slot goes to a new key.
    expect(limit.retryAfter("192.0.2.99", t0 + 60_000)).toBe(0);
    limit.hit("192.0.2.99", t0 + 60_000);
    limit.hit("192.0.2.99", t0 + 60_000);
    expect(limit.retryAfter("192.0.2.99", t0 + 60_000)).toBe(60);
    expect(limit.retryAfter("192.0.2.100", t0 + 60_000)).toBeGreaterThan(0);
  });
});
