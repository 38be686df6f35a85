import type { TestApp } from "./test-app";

/** Builders for the delivery tests: every call goes through GraphQL as an administrator. */
export interface DeliveryFixtures {
  speaker(over?: Record<string, unknown>): Promise<{ id: string; version: number }>;
  programme(over?: Record<string, unknown>): Promise<{ id: string; version: number }>;
  /** A batch moved to OPEN (or left at `status`). */
  batch(programmeId: string, over?: Record<string, unknown>, status?: "DRAFT" | "PLANNED" | "OPEN"): Promise<{ id: string; version: number; name: string }>;
  session(batchId: string, over?: Record<string, unknown>): Promise<{ id: string; version: number; errors?: unknown }>;
  /** Active employees: `n` of them inside (or outside) a unit's subtree. */
  employees(n: number, opts?: { inUnitCode?: string; notInUnitCode?: string; offset?: number }): Promise<string[]>;
}

export function deliveryFixtures(app: TestApp, admin: string, year: number): DeliveryFixtures {
  let seq = 0;
  const must = async <T>(query: string, variables: Record<string, unknown>, key: string): Promise<T> => {
    const r = await app.gql(query, variables, admin);
    if (r.errors) throw new Error(`${key}: ${JSON.stringify(r.errors)}`);
    return r.data![key] as T;
  };
  return {
    speaker: (over = {}) =>
      must(`mutation ($i: SpeakerInput!) { createSpeaker(input: $i) { id version } }`, { i: { name: `Dr. Narasumber ${++seq}`, institution: "Universitas Diponegoro", originCity: "Semarang", level: "ESELON_III_BELOW", ...over } }, "createSpeaker"),
    programme: (over = {}) =>
      must(
        `mutation ($i: ProgrammeInput!) { createProgramme(input: $i) { id version } }`,
        { i: { year, title: `Pelatihan Uji ${++seq}`, kind: "TECHNICAL_TRAINING", organiser: "BKPSDM", ...over } },
        "createProgramme",
      ),
    async batch(programmeId, over = {}, status = "OPEN") {
      let b = await must<{ id: string; version: number; name: string }>(
        `mutation ($i: BatchInput!) { createBatch(input: $i) { id version name } }`,
        { i: { programmeId, name: `Angkatan ${++seq}`, startsOn: `${year}-03-02`, endsOn: `${year}-03-06`, capacity: 10, venue: `Ruang ${seq}`, ...over } },
        "createBatch",
      );
      for (const to of ["PLANNED", "OPEN"] as const) {
        if (status === "DRAFT" || (status === "PLANNED" && to === "OPEN")) break;
        b = await must(`mutation ($i: MoveInput!) { moveBatch(input: $i) { id version name } }`, { i: { id: b.id, version: b.version, status: to } }, "moveBatch");
      }
      return b;
    },
    async session(batchId, over = {}) {
      const r = await app.gql(
        `mutation ($i: SessionInput!) { addSession(input: $i) { id version } }`,
        { i: { batchId, date: `${year}-03-02`, start: "08:00", end: "09:30", jp: 2, topic: "Materi", ...over } },
        admin,
      );
      return r.errors ? { id: "", version: 0, errors: r.errors } : (r.data!.addSession as { id: string; version: number });
    },
    async employees(n, { inUnitCode, notInUnitCode, offset = 0 } = {}) {
      const code = inUnitCode ?? notInUnitCode ?? null;
      const rows: { id: string }[] = await app.ds.query(
        `SELECT e.id FROM employees e JOIN units u ON u.id = e.unit_id
          WHERE e.active AND ($1::text IS NULL OR (u.path LIKE (SELECT path FROM units WHERE code = $1) || '%') = $2)
          ORDER BY e.nip OFFSET $3 LIMIT $4`,
        [code, inUnitCode !== undefined, offset, n],
      );
      if (rows.length < n) throw new Error(`only ${rows.length} employees for ${code ?? "all"}`);
      return rows.map((r) => r.id);
    },
  };
}
