import { conflict } from "../../kit/errors";

export const duplicateServiceUnitCode = (code: string) =>
  conflict(`A service unit with code ${code} already exists`, { field: "code", domainCode: "DUPLICATE_CODE" });

export const duplicatePeriod = (code: string) => conflict(`The survey period ${code} already exists`, { field: "half", domainCode: "DUPLICATE_CODE" });
