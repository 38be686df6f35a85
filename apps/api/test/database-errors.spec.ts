import { fromDatabaseError } from "../src/graphql/database-errors";

/** The mapping of PostgreSQL errors a client's requests can cause, as pg reports them (a SQLSTATE in `code`). */
describe("fromDatabaseError", () => {
  const formatted = { message: "x", path: ["nominate"] };

  it.each(["40P01", "40001"])("answers a deadlock or serialisation failure (%s) as CONFLICT CONCURRENT_CHANGE, never an internal error", (code) => {
    expect(fromDatabaseError({ code, message: "deadlock detected" }, formatted)).toMatchObject({
      path: ["nominate"],
      extensions: { code: "CONFLICT", domainCode: "CONCURRENT_CHANGE" },
    });
    // TypeORM wraps pg's error in a QueryFailedError with `driverError`.
    expect(fromDatabaseError({ driverError: { code } }, formatted)?.extensions).toMatchObject({ code: "CONFLICT", domainCode: "CONCURRENT_CHANGE" });
  });

  it("leaves an error it does not know to the generic internal answer", () => {
    expect(fromDatabaseError({ code: "53200" }, formatted)).toBeNull();
    expect(fromDatabaseError(new Error("boom"), formatted)).toBeNull();
  });
});
