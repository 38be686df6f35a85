import { registerEnumType } from "type-graphql";

/** A GraphQL enum object built from a domain list, so the two never drift. */
export const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/**
 * Builds and registers a GraphQL enum from a domain list with a description for every value
 * (the schema test refuses an undescribed value): `describedEnum("AuditAction", "What ...", AUDIT_ACTIONS, { CREATE: "A record was created.", ... })`.
 */
export function describedEnum<T extends string>(
  name: string,
  description: string,
  values: readonly T[],
  valueDescriptions: { readonly [K in T]: string },
): { [K in T]: K } {
  const e = enumOf(values);
  registerEnumType(e, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((v) => [v, { description: valueDescriptions[v] }])) as never,
  });
  return e;
}
