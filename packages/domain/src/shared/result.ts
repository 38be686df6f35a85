/** The outcome of an operation that can fail in an expected way. */
export type Result<T, E = DomainError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** An expected failure: a stable machine-readable `code`, a human `message`, and the input `field` at fault. */
export interface DomainError<C extends string = string> {
  readonly code: C;
  readonly message: string;
  /** The input field at fault, when one is. */
  readonly field?: string;
  /** A finer, stable reason within the code (for example `BIRTH_DATE_INVALID` within `INVALID_NIP`). */
  readonly reason?: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

export const domainError = <C extends string>(
  code: C,
  message: string,
  extra: { readonly field?: string; readonly reason?: string } = {},
): DomainError<C> => ({ code, message, ...extra });
