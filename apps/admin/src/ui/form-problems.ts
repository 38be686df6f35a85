import type { ErrorFacts } from "../i18n/errors";
import type { MessageKey } from "../i18n/id";
import type { MessageParams } from "../i18n/interpolate";

/**
 * Why a form field is not acceptable: a domain or server error (translated by code), or a message of the app
 * (with its placeholders' values, e.g. an amount the server named in the error's extensions).
 */
export type FormProblem = { readonly facts: ErrorFacts } | { readonly key: MessageKey; readonly params?: MessageParams };

export type FieldProblems<F extends string> = Partial<Record<F, FormProblem>>;

/** A domain error ({code, message, field?, reason?}) as a problem of the form. */
export const domainProblem = (error: {
  readonly code: string;
  readonly message: string;
  readonly reason?: string | undefined;
}): FormProblem => ({ facts: { domainCode: error.code, reason: error.reason, message: error.message } });

/**
 * The first error of each field the form has, from a domain validation result's error list.
 * `aliases` maps the domain's field names to the form's (`level` -> `level`, `code` -> `code`, ...).
 */
export const problemsByField = <F extends string>(
  errors: readonly { readonly code: string; readonly message: string; readonly field?: string | undefined; readonly reason?: string | undefined }[],
  fields: readonly F[],
  aliases: Readonly<Record<string, F>> = {},
): FieldProblems<F> => {
  const problems: FieldProblems<F> = {};
  for (const error of errors) {
    const field = formFieldOf(error.field, fields, aliases);
    if (field && !problems[field]) problems[field] = domainProblem(error);
  }
  return problems;
};

/** The form field an error names (`input.level`, `level`, an alias), or null when the form has no such field. */
export const formFieldOf = <F extends string>(
  field: string | null | undefined,
  fields: readonly F[],
  aliases: Readonly<Record<string, F>> = {},
): F | null => {
  if (!field) return null;
  const last = field.split(".").at(-1) ?? field;
  if ((fields as readonly string[]).includes(last)) return last as F;
  return aliases[last] ?? aliases[field] ?? null;
};

/**
 * Which server errors that name a field of the form go beside it: the `extensions.code`s allowed
 * (BAD_USER_INPUT by default), any code (null), or a rule per error and field (e.g. a CONFLICT only
 * beside the NIP).
 */
export type FieldCodes<F extends string> = readonly string[] | null | ((facts: ErrorFacts, field: F) => boolean);

/**
 * Splits the errors of a failed mutation: a BAD_USER_INPUT that names a field of the form goes beside
 * that field; everything else (a stale version, FORBIDDEN, network, a conflict) goes above the form.
 */
export const splitServerErrors = <F extends string>(
  errors: readonly ErrorFacts[],
  fields: readonly F[],
  aliases: Readonly<Record<string, F>> = {},
  fieldCodes: FieldCodes<F> = ["BAD_USER_INPUT"],
): { readonly byField: FieldProblems<F>; readonly general: readonly ErrorFacts[] } => {
  const byField: FieldProblems<F> = {};
  const general: ErrorFacts[] = [];
  for (const facts of errors) {
    const field = formFieldOf(facts.field, fields, aliases);
    const fieldable =
      fieldCodes === null || (typeof fieldCodes === "function" ? field !== null && fieldCodes(facts, field) : fieldCodes.includes(facts.code ?? ""));
    if (field && fieldable && !byField[field]) byField[field] = { facts };
    else general.push(facts);
  }
  return { byField, general };
};
