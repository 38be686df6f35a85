import { Organization1764300000000 } from "./1764300000000-organization";

/** Every migration, oldest first. Both PostgreSQL and the embedded PGlite run the same list. */
export const migrations = [Organization1764300000000];
