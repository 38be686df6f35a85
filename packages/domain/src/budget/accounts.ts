import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/** An APBD expenditure account (kode rekening belanja): its code and its name as the city's finance office writes it. */
export interface ApbdAccount {
  readonly code: string;
  readonly name: string;
}

/**
 * The typical APBD accounts of competency development (DOMAIN.md §8; codes of the regional
 * accounting chart, Permendagri 90/2019 and its updates): short courses and training; speaker,
 * moderator and committee fees; ordinary official travel; meeting food and drink.
 */
export const APBD_ACCOUNTS: ReadonlyArray<ApbdAccount> = Object.freeze([
  Object.freeze({ code: "5.1.02.02.12.0001", name: "Belanja Kursus Singkat/Pelatihan" }),
  Object.freeze({ code: "5.1.02.02.01.0003", name: "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia" }),
  Object.freeze({ code: "5.1.02.04.01.0001", name: "Belanja Perjalanan Dinas Biasa" }),
  Object.freeze({ code: "5.1.02.01.01.0052", name: "Belanja Makanan dan Minuman Rapat" }),
]);

/** The shape of a sub-sub-object account code (rekening rincian objek sub-rincian): `5.1.02.02.12.0001`. */
export const ACCOUNT_CODE_PATTERN = /^\d\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

export type AccountCodeError = DomainError<"INVALID_ACCOUNT_CODE"> & { readonly field: "accountCode"; readonly reason: "FORMAT" };

/**
 * Checks an APBD account code's shape ({@link ACCOUNT_CODE_PATTERN}, 17 characters, no spaces): any
 * code of that shape is accepted, not only {@link APBD_ACCOUNTS}. Refused with INVALID_ACCOUNT_CODE
 * (field `accountCode`, reason FORMAT).
 */
export const checkAccountCode = (code: unknown): Result<string, AccountCodeError> =>
  typeof code === "string" && ACCOUNT_CODE_PATTERN.test(code)
    ? ok(code)
    : err({
        ...domainError("INVALID_ACCOUNT_CODE", "The account code must look like 5.1.02.02.12.0001 (digits in groups 1.1.2.2.2.4)"),
        field: "accountCode" as const,
        reason: "FORMAT" as const,
      });
