import { useCallback, useRef, useState, type ReactNode } from "react";
import { errorMessage, type ErrorFacts } from "../i18n/errors";
import { useT } from "../i18n/i18n-context";
import { apiErrorFacts } from "./api-error";
import { splitServerErrors, type FieldCodes, type FieldProblems, type FormProblem } from "./form-problems";

export interface FormProblemsState<F extends string> {
  /** `validateStatus` + `help` of a Form.Item; the message has the id and testid `<field>-error`. */
  readonly feedback: (field: F) => { validateStatus?: "error"; help?: ReactNode };
  /** onBlur of a field: from now on its problems show. */
  readonly leave: (field: F) => () => void;
  /** Re-run the check (onValuesChange); the changed fields lose their server errors. */
  readonly changed: (fields: readonly string[]) => void;
  /** On submit: check every field, show every problem; true when there is none. */
  readonly validateAll: () => boolean;
  /** After a failed mutation: errors beside their fields, the rest in `general`; answers the fields with an error, in form order. */
  readonly serverFailed: (error: unknown) => readonly F[];
  /** A problem found before asking the server (e.g. by a domain rule that needs more than the form). */
  readonly setProblem: (field: F, problem: FormProblem) => void;
  /** Errors that belong to no field, for an alert above the form. */
  readonly general: readonly ErrorFacts[];
  readonly reset: () => void;
  /** The translated message of a problem. */
  readonly message: (problem: FormProblem) => string;
}

/**
 * The problems of a form as the organisation forms show them: the domain's rule runs on blur and on
 * submit (a field's problem shows once the field was left), server errors go beside their field.
 * `check` reads the form's current values and returns at most one problem per field.
 */
export function useFormProblems<F extends string>(
  fields: readonly F[],
  check: () => FieldProblems<F>,
  aliases: Readonly<Record<string, F>> = {},
  /** Which server errors may go beside their field (see FieldCodes): BAD_USER_INPUT by default. */
  fieldCodes: FieldCodes<F> = ["BAD_USER_INPUT"],
): FormProblemsState<F> {
  const t = useT();
  const checkRef = useRef(check);
  checkRef.current = check;
  const [visited, setVisited] = useState<ReadonlySet<F>>(new Set());
  const [problems, setProblems] = useState<FieldProblems<F>>({});
  const [serverProblems, setServerProblems] = useState<FieldProblems<F>>({});
  const [general, setGeneral] = useState<readonly ErrorFacts[]>([]);

  const message = useCallback(
    (problem: FormProblem) => ("key" in problem ? t(problem.key, problem.params) : errorMessage(t, problem.facts)),
    [t],
  );

  const leave = (field: F) => () => {
    setVisited((v) => (v.has(field) ? v : new Set(v).add(field)));
    setProblems(checkRef.current());
  };

  const changed = (changedFields: readonly string[]) => {
    setServerProblems((p) => {
      const next = { ...p };
      changedFields.forEach((f) => delete next[f as F]);
      return next;
    });
    setGeneral([]);
    setProblems(checkRef.current());
  };

  const validateAll = () => {
    const found = checkRef.current();
    setProblems(found);
    setVisited(new Set(fields));
    setGeneral([]);
    return fields.every((f) => !found[f]);
  };

  const serverFailed = (error: unknown) => {
    const { byField, general: rest } = splitServerErrors(apiErrorFacts(error), fields, aliases, fieldCodes);
    setServerProblems(byField);
    setGeneral(rest);
    return fields.filter((f) => byField[f]);
  };

  const setProblem = (field: F, problem: FormProblem) => {
    setServerProblems((p) => ({ ...p, [field]: problem }));
  };

  const reset = () => {
    setVisited(new Set());
    setProblems({});
    setServerProblems({});
    setGeneral([]);
  };

  const feedback = (field: F) => {
    const problem = serverProblems[field] ?? (visited.has(field) ? problems[field] : undefined);
    if (!problem) return {};
    return {
      validateStatus: "error" as const,
      help: (
        <span id={`${field}-error`} data-testid={`${field}-error`} role="alert">
          {message(problem)}
        </span>
      ),
    };
  };

  return { feedback, leave, changed, validateAll, serverFailed, setProblem, general, reset, message };
}
