/** ADMIN: everything. UNIT_OPERATOR: reads and changes its own unit and sub-units. ANALYST: reads everything, changes nothing. */
export const ROLES = ["ADMIN", "UNIT_OPERATOR", "ANALYST"] as const;
export type Role = (typeof ROLES)[number];
