export type { Result, DomainError } from "./result.js";
export { ok, err, domainError } from "./result.js";
export { isLeapYear, daysInMonth, isValidCalendarDate, toIsoDate, toIsoMonth, monthIndex } from "./calendar.js";
export { normalizeText, textLength, checkTextLength } from "./text.js";
export type { TextLengthProblem } from "./text.js";
export { parseEmail } from "./email.js";
export { parsePhone } from "./phone.js";
export { roundHalfUp } from "./rounding.js";
