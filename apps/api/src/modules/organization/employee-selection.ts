import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";
import type { EmployeePageColumns } from "./employees-page.sql";

/** Adds the names of the fields selected in `sets` (through inline and named fragments) to `out`, and returns their sub-selections by name. */
function collect(sets: readonly SelectionSetNode[], info: GraphQLResolveInfo, out: Set<string>, subs: Map<string, SelectionSetNode[]>, depth = 0): void {
  if (depth > 10) return;
  for (const set of sets) {
    for (const s of set.selections) {
      if (s.kind === "Field") {
        out.add(s.name.value);
        if (s.selectionSet) {
          const list = subs.get(s.name.value) ?? [];
          list.push(s.selectionSet);
          subs.set(s.name.value, list);
        }
      } else if (s.kind === "InlineFragment") {
        collect([s.selectionSet], info, out, subs, depth + 1);
      } else {
        const fragment = info.fragments[s.name.value];
        if (fragment) collect([fragment.selectionSet], info, out, subs, depth + 1);
      }
    }
  }
}

/** The field names selected one level under `sets`, and the selection sets under each of them. */
function level(sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): { names: Set<string>; subs: Map<string, SelectionSetNode[]> } {
  const names = new Set<string>();
  const subs = new Map<string, SelectionSetNode[]>();
  collect(sets, info, names, subs);
  return { names, subs };
}

/** Employee fields served by the columns every page fetches (`rank` reads the rank code; `unit` has its own group). */
const BASE_FIELDS = new Set(["__typename", "id", "nip", "name", "employmentType", "rank", "unit"]);

/**
 * The column groups an employee connection needs for what the query selects under it (`edges { cursor node { ... } }`,
 * `pageInfo`): the other employee columns as soon as any field beyond the base ones is asked for (including fields other
 * modules add to Employee, which may read them), the unit's when `unit` is, the cursor keys when a cursor or `pageInfo` is.
 */
export function employeePageColumns(info: GraphQLResolveInfo): EmployeePageColumns {
  const connection = level(
    info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])),
    info,
  );
  const edge = level(connection.subs.get("edges") ?? [], info);
  const node = level(edge.subs.get("node") ?? [], info);
  return {
    details: [...node.names].some((f) => !BASE_FIELDS.has(f)),
    unit: node.names.has("unit"),
    cursors: edge.names.has("cursor") || connection.names.has("pageInfo"),
  };
}
