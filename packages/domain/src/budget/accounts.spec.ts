import { ACCOUNT_CODE_PATTERN, APBD_ACCOUNTS, checkAccountCode } from "./accounts.js";

describe("APBD_ACCOUNTS", () => {
  it("lists the typical accounts of DOMAIN.md §8, each of the code's shape", () => {
    expect(APBD_ACCOUNTS.map((a) => a.code)).toEqual(["5.1.02.02.12.0001", "5.1.02.02.01.0003", "5.1.02.04.01.0001", "5.1.02.01.01.0052"]);
    for (const account of APBD_ACCOUNTS) {
      expect(account.code).toMatch(ACCOUNT_CODE_PATTERN);
      expect(account.name.length).toBeGreaterThan(0);
    }
    expect(Object.isFrozen(APBD_ACCOUNTS)).toBe(true);
  });
});

describe("checkAccountCode", () => {
  it.each(["5.1.02.02.12.0001", "5.1.02.01.01.0052", "5.2.05.01.01.0001"])("accepts %s", (code) => {
    expect(checkAccountCode(code)).toEqual({ ok: true, value: code });
  });

  it.each<unknown>(["", "5.1.2.2.12.1", "5.1.02.02.12.00011", " 5.1.02.02.12.0001", "5.1.02.02.12.0001 ", "5-1-02-02-12-0001", "51.02.02.12.0001", "a.b.cd.ef.gh.ijkl", "5.1.02.02.12.٠٠٠1", null, 5102021200001])(
    "refuses %p with INVALID_ACCOUNT_CODE on accountCode",
    (code) => {
      expect(checkAccountCode(code)).toEqual({ ok: false, error: { code: "INVALID_ACCOUNT_CODE", field: "accountCode", reason: "FORMAT", message: expect.any(String) } });
    },
  );
});
