import {
  COMPETENCY_CODE_MAX_LENGTH,
  COMPETENCY_DESCRIPTION_MAX_LENGTH,
  COMPETENCY_NAME_MAX_LENGTH,
  COMPETENCY_NAME_MIN_LENGTH,
  PERSON_NAME_MAX_LENGTH,
  PERSON_NAME_MIN_LENGTH,
  POSITION_TITLE_MAX_LENGTH,
  POSITION_TITLE_MIN_LENGTH,
  PROPOSAL_JUSTIFICATION_MAX_LENGTH,
  PROPOSAL_JUSTIFICATION_MIN_LENGTH,
  PROPOSAL_RETURN_REASON_MAX_LENGTH,
  PROPOSAL_RETURN_REASON_MIN_LENGTH,
  PROPOSAL_TITLE_MAX_LENGTH,
  PROPOSAL_TITLE_MIN_LENGTH,
  TEXT_INVALID_REASONS,
} from "@bina/domain";
import { id, type MessageKey } from "./id";
import type { Translate } from "./i18n-context";

/** What an error says about itself: a GraphQL `extensions.code`, a domain code and reason, a field. */
export interface ErrorFacts {
  readonly code?: string | undefined;
  readonly domainCode?: string | undefined;
  readonly reason?: string | undefined;
  readonly field?: string | undefined;
  /** The server's or the domain's own (English) message: the last resort when no translation exists. */
  readonly message: string;
}

/** The domain's limits, so that a message never states a number the rule does not use. */
const DOMAIN_LIMITS = {
  nameMin: PERSON_NAME_MIN_LENGTH,
  nameMax: PERSON_NAME_MAX_LENGTH,
  titleMin: POSITION_TITLE_MIN_LENGTH,
  titleMax: POSITION_TITLE_MAX_LENGTH,
  competencyCodeMax: COMPETENCY_CODE_MAX_LENGTH,
  competencyNameMin: COMPETENCY_NAME_MIN_LENGTH,
  competencyNameMax: COMPETENCY_NAME_MAX_LENGTH,
  competencyDescriptionMax: COMPETENCY_DESCRIPTION_MAX_LENGTH,
  // INVALID_TITLE is a proposal's or a candidate programme's title: the domain gives both the same limits.
  programmeTitleMin: PROPOSAL_TITLE_MIN_LENGTH,
  programmeTitleMax: PROPOSAL_TITLE_MAX_LENGTH,
  justificationMin: PROPOSAL_JUSTIFICATION_MIN_LENGTH,
  justificationMax: PROPOSAL_JUSTIFICATION_MAX_LENGTH,
  returnReasonMin: PROPOSAL_RETURN_REASON_MIN_LENGTH,
  returnReasonMax: PROPOSAL_RETURN_REASON_MAX_LENGTH,
};

export const isMessageKey = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(id, key);

/**
 * The translated message for an error: the most specific translation wins,
 * domain code + reason (e.g. INVALID_NIP + BIRTH_DATE_INVALID)
 * > a free-text problem of any field (errors.text.FORMULA) > domain code (e.g. RANK_MISMATCH)
 * > the API's own code in `extensions.domainCode` (e.g. STALE_VERSION) > a text length problem of any field
 * > GraphQL code (e.g. FORBIDDEN),
 * then the message as sent.
 */
export const errorMessage = (t: Translate, facts: ErrorFacts): string => {
  // A free-text problem (checkText) of any field: what is wrong with the text says more than the
  // field's own message, except for a length, which the field's message states with its limit.
  const textReason = facts.reason && (TEXT_INVALID_REASONS as readonly string[]).includes(facts.reason) ? `errors.text.${facts.reason}` : null;
  const lengthReason = facts.reason === "TOO_SHORT" || facts.reason === "TOO_LONG";
  const candidates = [
    facts.domainCode && facts.reason && `errors.domain.${facts.domainCode}.${facts.reason}`,
    !lengthReason && textReason,
    facts.domainCode && `errors.domain.${facts.domainCode}`,
    facts.domainCode && `errors.app.${facts.domainCode}`,
    lengthReason && textReason,
    facts.code && `errors.api.${facts.code}`,
  ];
  for (const candidate of candidates) {
    if (candidate && isMessageKey(candidate)) return t(candidate, DOMAIN_LIMITS);
  }
  return facts.message || t("errors.api.UNKNOWN");
};

/** A domain `DomainError` ({code, message, field?, reason?}) in the reader's language. */
export const domainErrorMessage = (
  t: Translate,
  error: { readonly code: string; readonly message: string; readonly reason?: string | undefined },
): string => errorMessage(t, { domainCode: error.code, reason: error.reason, message: error.message });

/**
 * A row error of an employee import. Its `code` is `CODE.REASON` for the domain's errors
 * (`INVALID_NIP.BIRTH_DATE_INVALID`) or an import code (`UNKNOWN_UNIT`, `DUPLICATE_NIP`); the server's
 * message is the fallback.
 */
export const importRowErrorMessage = (t: Translate, error: { readonly code: string; readonly message: string }): string => {
  const importKey = `errors.import.${error.code}`;
  if (isMessageKey(importKey)) return t(importKey);
  const [domainCode, reason] = error.code.split(".");
  return errorMessage(t, { domainCode, reason, message: error.message });
};
