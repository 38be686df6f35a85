export type { Result, DomainError } from "./result";
export { ok, err, domainError } from "./result";
