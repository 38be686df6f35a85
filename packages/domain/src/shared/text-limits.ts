/**
 * The one source of every text limit Bina stores, in code points (what PostgreSQL `varchar(n)`
 * counts). The domain validators check them; the API's input classes and columns and the admin
 * forms read the same constants, so a value the form accepts is never refused by the database.
 * Where a column is `text`, the limit is the product's, not the column's.
 */

/** Competency code (`T.PENGELOLAAN_ARSIP`): column `competencies.code varchar(40)`. */
export const COMPETENCY_CODE_MAX_LENGTH = 40;
export const COMPETENCY_NAME_MIN_LENGTH = 2;
/** Column `competencies.name varchar(150)`. */
export const COMPETENCY_NAME_MAX_LENGTH = 150;
/** Column `competencies.description text`. */
export const COMPETENCY_DESCRIPTION_MAX_LENGTH = 1000;

/** A person's full name with titles: column `employees.name varchar(100)`. */
export const PERSON_NAME_MIN_LENGTH = 2;
export const PERSON_NAME_MAX_LENGTH = 100;

/** Position title (jabatan): columns `employees.position_title`, `competency_standards.position_title` `varchar(150)`. */
export const POSITION_TITLE_MIN_LENGTH = 2;
export const POSITION_TITLE_MAX_LENGTH = 150;

/** E-mail address: RFC 5321 forward-path of 256 octets minus the angle brackets. Column should be `varchar(254)`. */
export const EMAIL_MAX_LENGTH = 254;
/**
 * Phone number as typed, separators included (`+62 812 3456 7890` is 17); stored in E.164, at
 * most 16 (`+62` and 13 digits). Column `employees.phone varchar(20)`.
 */
export const PHONE_MAX_LENGTH = 20;

/** Training proposal title: column `training_proposals.title varchar(200)`. */
export const PROPOSAL_TITLE_MIN_LENGTH = 3;
export const PROPOSAL_TITLE_MAX_LENGTH = 200;
/** Why the unit asks (multiline): column `training_proposals.justification text`. */
export const PROPOSAL_JUSTIFICATION_MIN_LENGTH = 10;
export const PROPOSAL_JUSTIFICATION_MAX_LENGTH = 4000;
/** Why an administrator returns a proposal (multiline): column `training_proposals.decision_reason text`. */
export const PROPOSAL_RETURN_REASON_MIN_LENGTH = 3;
export const PROPOSAL_RETURN_REASON_MAX_LENGTH = 4000;

/** Programme candidate title: column `programme_candidates.title varchar(200)`. */
export const CANDIDATE_TITLE_MIN_LENGTH = 3;
export const CANDIDATE_TITLE_MAX_LENGTH = 200;

/** Unit name: column `units.name varchar(200)`. */
export const UNIT_NAME_MIN_LENGTH = 2;
export const UNIT_NAME_MAX_LENGTH = 200;
/** Unit code (import column `unit_code`): column `units.code varchar(40)`. */
export const UNIT_CODE_MAX_LENGTH = 40;

/** Assessment cycle name: column `assessment_cycles.name varchar(150)`. */
export const CYCLE_NAME_MAX_LENGTH = 150;

/** Login name: column `users.username varchar(60)`. */
export const USERNAME_MAX_LENGTH = 60;
/** A user's display name: column `users.display_name varchar(120)`. */
export const DISPLAY_NAME_MAX_LENGTH = 120;
/**
 * Longest password accepted (only its argon2id hash is stored): long enough for any passphrase,
 * short enough that hashing an attacker's megabyte costs nothing extra.
 */
export const PASSWORD_MAX_LENGTH = 256;

/** Free-text search box of lists. */
export const SEARCH_TEXT_MAX_LENGTH = 100;
/** Name of an uploaded file (common file-system limit). */
export const FILE_NAME_MAX_LENGTH = 255;
