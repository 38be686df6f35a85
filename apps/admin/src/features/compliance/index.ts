/**
 * What the compliance feature offers other features (the employee's page shows the JP ledger).
 * Anything not exported here is internal: other features import only this file.
 */
export { EmployeeLedger } from "./components/employee-ledger";
