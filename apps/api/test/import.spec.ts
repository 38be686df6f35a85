import ExcelJS from "exceljs";
import { startTestApp, type TestApp } from "./support/test-app";

let app: TestApp;
let admin: string;
let operator: string;
beforeAll(async () => {
  app = await startTestApp({ employees: 80 });
  admin = await app.login("admin");
  operator = await app.login("operator");
});
afterAll(() => app.close());

const IMPORT = `mutation ($input: ImportEmployeesInput!) {
  importEmployees(input: $input) { totalRows created updated dryRun errors { row field code message } }
}`;
const HEADER = "nip,name,employment_type,rank,position_kind,position_title,functional_grade,unit_code,email,phone";
const good1 = "198805122012032001,Sri Lestari S.Kep.,PNS,III/b,FUNGSIONAL,Perawat Ahli Pertama,AHLI_PERTAMA,3373.DINKES,,081234567890";
const good2 = "199203152019031004,Agus Santoso,PNS,II/c,PELAKSANA,Pengadministrasi Umum,,3373.DINKES.YANKES,agus.santoso.uji@salatiga.go.id,";
const badNip = "199213152019031005,Budi Hartono,PNS,II/c,PELAKSANA,Pengemudi,,3373.DINKES,,";
const badUnit = "199001012015031006,Dwi Rahayu,PNS,III/a,PELAKSANA,Pengelola Data,,NO.SUCH.UNIT,,";

const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join("\n")).toString("base64");
const count = async () => (await app.ds.query(`SELECT count(*)::int AS n FROM employees`))[0].n as number;

describe("employee import", () => {
  it("reports every bad row with its row number, column and reason, and imports nothing", async () => {
    const before = await count();
    const r = await app.gql(IMPORT, { input: { fileName: "pegawai.csv", contentBase64: csv(good1, badNip, good2, badUnit) } }, admin);
    expect(r.data!.importEmployees).toMatchObject({ totalRows: 4, created: 0, updated: 0 });
    expect(r.data!.importEmployees.errors).toEqual([
      expect.objectContaining({ row: 3, field: "nip", code: "INVALID_NIP.BIRTH_DATE_INVALID" }),
      expect.objectContaining({ row: 5, field: "unit_code", code: "UNKNOWN_UNIT" }),
    ]);
    expect(await count()).toBe(before);
  });

  it("checks without writing on a dry run, then imports all rows, audited", async () => {
    const before = await count();
    const dry = await app.gql(IMPORT, { input: { fileName: "pegawai.csv", contentBase64: csv(good1, good2), dryRun: true } }, admin);
    expect(dry.data!.importEmployees).toMatchObject({ totalRows: 2, created: 2, updated: 0, dryRun: true, errors: [] });
    expect(await count()).toBe(before);
    const real = await app.gql(IMPORT, { input: { fileName: "pegawai.csv", contentBase64: csv(good1, good2) } }, admin);
    expect(real.data!.importEmployees).toMatchObject({ created: 2, updated: 0, errors: [] });
    expect(await count()).toBe(before + 2);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action IN ('CREATE','IMPORT')`);
    expect(n).toBe(3);
  });

  it("updates employees whose NIP exists", async () => {
    const changed = good1.replace("III/b", "III/c");
    const r = await app.gql(IMPORT, { input: { fileName: "pegawai.csv", contentBase64: csv(changed) } }, admin);
    expect(r.data!.importEmployees).toMatchObject({ created: 0, updated: 1, errors: [] });
    const [e] = await app.ds.query(`SELECT rank_code, version FROM employees WHERE nip = '198805122012032001'`);
    expect(e).toEqual({ rank_code: "III/c", version: 2 });
  });

  it("reports the same NIP twice in one file", async () => {
    const r = await app.gql(IMPORT, { input: { fileName: "pegawai.csv", contentBase64: csv(badUnit.replace("NO.SUCH.UNIT", "3373.DINKES"), badUnit.replace("NO.SUCH.UNIT", "3373.DINKES")) } }, admin);
    expect(r.data!.importEmployees.errors).toEqual([expect.objectContaining({ row: 3, field: "nip", code: "DUPLICATE_NIP" })]);
  });

  it("keeps an operator to their own unit", async () => {
    const other = "199001012015031007,Eko Prasetyo,PNS,III/a,PELAKSANA,Pengelola Data,,3373.BKPSDM,,";
    const r = await app.gql(IMPORT, { input: { fileName: "pegawai.csv", contentBase64: csv(other) } }, operator);
    expect(r.data!.importEmployees.errors).toEqual([expect.objectContaining({ row: 2, field: "unit_code", code: "FORBIDDEN" })]);
  });

  it("reads XLSX files the same way", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Pegawai");
    ws.addRow(["NIP", "Nama", "Jenis ASN", "Golongan", "Jenis Jabatan", "Jabatan", "Jenjang", "Kode Unit"]);
    ws.addRow(["19950505 202012 1 008", "Heru Nugroho, S.T.", "PNS", "III/a", "FUNGSIONAL", "Pranata Komputer Ahli Pertama", "AHLI_PERTAMA", "3373.DINKES"]);
    ws.addRow(["199505052020121009", "Heru Kedua", "PNS", "IV/e", "PELAKSANA", "Pengemudi", "", "3373.DINKES"]);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
    const r = await app.gql(IMPORT, { input: { fileName: "pegawai.xlsx", contentBase64: content, dryRun: true } }, admin);
    expect(r.data!.importEmployees).toMatchObject({ totalRows: 2, created: 2, dryRun: true });
    expect(r.data!.importEmployees.errors).toEqual([]);
  });

  it("names the missing columns of a file without the right header", async () => {
    const r = await app.gql(IMPORT, { input: { fileName: "x.csv", contentBase64: Buffer.from("a,b\n1,2").toString("base64") } }, admin);
    expect(r.data!.importEmployees.errors[0]).toMatchObject({ row: 1, code: "UNREADABLE_FILE" });
    expect(r.data!.importEmployees.errors[0].message).toMatch(/nip/);
  });
});
