import {
  DEFAULT_ELEMENT_COMPETENCIES,
  SKM_BAND_RULES,
  SKM_ELEMENTS,
  SKM_WEAKNESS_RULES,
  UNIT_TECHNICAL_SERVICE,
  type SkmElementCode,
  type SkmWeaknessRules,
} from "@bina/domain";

/**
 * The closed loop's signals (issue 9; table `skm_signals`, migration 1764900000200): the weak elements of the public
 * satisfaction survey that count for a needs cycle year, generated from the domain's `nrrBand` bounds
 * (`SKM_BAND_RULES.nrr`), `SKM_WEAKNESS_RULES`, `DEFAULT_ELEMENT_COMPETENCIES` and the elements' topics, so the rows are
 * what `weakElementSignals` gives for the same tallies. The needs store reads them for the PUBLIC_SERVICE factor
 * (`scoredNeedsCtes`); the functions are installed with the store's (`installNeedsStore`).
 *
 * Rule: for cycle year Y and an active service unit, the latest CLOSED survey period (latest `ends_on`) with
 * `year` in (Y−1, Y) in which the unit has responses; each element answered in it whose NRR (`s_u / n_u`) is in band C
 * or D is a signal with the weakness of its band, the competencies the element points to and a reason such as
 * "U7 staff behaviour, NRR 2.71, band C, period 2026-1". A period without responses at a unit does not hide an
 * earlier one's.
 */

/** The columns of `skm_signals`, in order. */
export const SKM_SIGNAL_COLUMNS = [
  "year", "service_unit_id", "unit_id", "period_id", "element", "nrr", "band", "weakness", "competency_codes", "technical_service", "reason",
].join(", ");

const literal = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const num = (x: number): string => {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  return `${x}::numeric`;
};

/**
 * The band of an element from its tally's integers, decided exactly as `nrrBand(s / n)` (`s ≥ bound × n` for each
 * lower bound, highest first). Expects `s`, `n` (n > 0) in scope.
 */
export function nrrBandSql(s: string, n: string, bounds: { readonly A: number; readonly B: number; readonly C: number } = SKM_BAND_RULES.nrr): string {
  return `CASE WHEN ${s} >= ${num(bounds.A)} * ${n} THEN 'A' WHEN ${s} >= ${num(bounds.B)} * ${n} THEN 'B' WHEN ${s} >= ${num(bounds.C)} * ${n} THEN 'C' ELSE 'D' END`;
}

/**
 * SELECT of the signals (columns {@link SKM_SIGNAL_COLUMNS}) of the service units `serviceUnits` picks (an SQL
 * predicate on `t.service_unit_id`), computed from the tallies of closed periods.
 */
export function skmSignalsSql(
  serviceUnits: string,
  mapping: Readonly<Record<SkmElementCode, readonly string[]>> = DEFAULT_ELEMENT_COMPETENCIES,
  weakness: SkmWeaknessRules = SKM_WEAKNESS_RULES,
): string {
  const elements = SKM_ELEMENTS.map((e, i) => {
    const codes = (mapping[e.element] ?? []).filter((c) => c !== UNIT_TECHNICAL_SERVICE);
    const technical = (mapping[e.element] ?? []).includes(UNIT_TECHNICAL_SERVICE);
    const array = `ARRAY[${codes.map(literal).join(", ")}]::varchar[]`;
    return `(${literal(e.element)}, ${literal(e.topic)}, l.s${i + 1}, l.n${i + 1}, ${array}, ${technical})`;
  });
  return `
    WITH cand AS (
      SELECT y.year, t.service_unit_id, su.unit_id, p.id AS period_id, p.code AS period_code, p.ends_on,
             ${SKM_ELEMENTS.map((_, i) => `t.s${i + 1}, t.n${i + 1}`).join(", ")}
        FROM survey_tallies t
        JOIN survey_periods p ON p.id = t.period_id AND p.status = 'CLOSED'
        JOIN service_units su ON su.id = t.service_unit_id AND su.active
        CROSS JOIN LATERAL (VALUES (p.year), (p.year + 1)) AS y(year)
       WHERE t.respondents > 0 AND ${serviceUnits}
    ),
    latest AS (
      SELECT DISTINCT ON (year, service_unit_id) * FROM cand ORDER BY year, service_unit_id, ends_on DESC, period_code DESC
    ),
    elements AS (
      SELECT l.year, l.service_unit_id, l.unit_id, l.period_id, l.period_code, e.element, e.topic, e.s, e.n, e.codes, e.technical,
             ${nrrBandSql("e.s", "e.n")} AS band
        FROM latest l
        CROSS JOIN LATERAL (VALUES ${elements.join(",\n               ")}) AS e(element, topic, s, n, codes, technical)
       WHERE e.n > 0
    )
    SELECT year, service_unit_id, unit_id, period_id, element::varchar(2), s::numeric / n AS nrr, band::char(1),
           CASE band WHEN 'C' THEN ${num(weakness.C)} ELSE ${num(weakness.D)} END AS weakness, codes AS competency_codes, technical AS technical_service,
           element || ' ' || topic || ', NRR ' || round(s::numeric / n, 2)::text || ', band ' || band || ', period ' || period_code AS reason
      FROM elements WHERE band IN ('C', 'D')`;
}

/**
 * `skm_signals_refresh(sids)`: the signals of the service units `sids` (every unit when null) recomputed; when they
 * changed, the needs store's rows of the employees under the old and the new signals' units are refreshed
 * (`need_store_refresh`), in the same transaction. Takes the store's lock first, as every store writer does.
 */
export const skmSignalsRefreshFunctionSql = (storeLock: number): string => `
  CREATE OR REPLACE FUNCTION skm_signals_refresh(sids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
  DECLARE changed uuid[];
  BEGIN
    IF sids IS NOT NULL AND cardinality(sids) = 0 THEN RETURN; END IF;
    PERFORM pg_advisory_xact_lock(${storeLock});
    changed := ARRAY(
      WITH fresh AS (${skmSignalsSql("(sids IS NULL OR t.service_unit_id = ANY(sids))")}),
      cur AS (SELECT ${SKM_SIGNAL_COLUMNS} FROM skm_signals WHERE sids IS NULL OR service_unit_id = ANY(sids))
      SELECT DISTINCT d.unit_id FROM ((SELECT * FROM fresh EXCEPT ALL SELECT * FROM cur) UNION ALL (SELECT * FROM cur EXCEPT ALL SELECT * FROM fresh)) d);
    IF cardinality(changed) = 0 THEN RETURN; END IF;
    DELETE FROM skm_signals WHERE sids IS NULL OR service_unit_id = ANY(sids);
    INSERT INTO skm_signals (${SKM_SIGNAL_COLUMNS}) ${skmSignalsSql("(sids IS NULL OR t.service_unit_id = ANY(sids))")};
    PERFORM need_store_refresh(ARRAY(
      SELECT e.id FROM employees e JOIN units eu ON eu.id = e.unit_id JOIN units su ON su.id = ANY(changed) WHERE eu.path LIKE su.path || '%'));
  END $fn$`;

/**
 * `skm_signals_rebuild()`: every signal recomputed from the survey tables, nothing else (`need_store_rebuild` calls it
 * before recomputing the gaps).
 */
export const skmSignalsRebuildFunctionSql = (storeLock: number): string => `
  CREATE OR REPLACE FUNCTION skm_signals_rebuild() RETURNS void LANGUAGE plpgsql AS $fn$
  BEGIN
    PERFORM pg_advisory_xact_lock(${storeLock});
    DELETE FROM skm_signals;
    INSERT INTO skm_signals (${SKM_SIGNAL_COLUMNS}) ${skmSignalsSql("TRUE")};
  END $fn$`;
