import { Organization1764300000000 } from "./1764300000000-organization";
import { NeedsAndPlanning1764400000000 } from "./1764400000000-needs-and-planning";

/** Every migration, oldest first. Both PostgreSQL and the embedded PGlite run the same list. */
export const migrations = [Organization1764300000000, NeedsAndPlanning1764400000000];
