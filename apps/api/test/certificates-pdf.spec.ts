import { renderCertificatePdf, type CertificateContent } from "../src/modules/delivery/certificate-pdf";
import { pdfText } from "./support/attendance-fixture";

const base: CertificateContent = {
  issuer: "Pemerintah Kota Salatiga",
  name: "Siti Aminah, S.E.",
  nip: "198609262015051001",
  programme: "Bimbingan Teknis SPBE",
  jp: 12,
  startsOn: "2026-02-27",
  endsOn: "2026-03-02",
  issuedOn: "2026-03-03",
  number: "STTPP/2026/000001",
  code: "7K3M9QX2RTV4HB8N5PZC",
  verifyUrl: "https://bina.example.go.id/verify/7K3M9QX2RTV4HB8N5PZC",
};

const render = async (c: Partial<CertificateContent>) => Buffer.from(await renderCertificatePdf({ ...base, ...c }));

describe("the STTPP PDF renderer", () => {
  it("writes the Indonesian wording, dates across two months and fractional JP the Indonesian way", async () => {
    const text = pdfText(await render({ jp: 1.5 }));
    expect(text).toContain("SURAT TANDA TAMAT PENDIDIKAN DAN PELATIHAN");
    expect(text).toContain("PEMERINTAH KOTA SALATIGA");
    expect(text).toContain("pada tanggal 27 Februari s.d. 2 Maret 2026, sebanyak 1,5 Jam Pelajaran (JP).");
    expect(text).toContain("Diterbitkan 3 Maret 2026");
  });

  it("keeps the letters of a name outside the standard fonts' alphabet (without their marks) instead of failing", async () => {
    const text = pdfText(await render({ name: "Ṡri Ŵahyuni 王" }));
    expect(text).toContain("Sri Wahyuni ?");
  });

  it("wraps a long programme title over at most three lines, ending with an ellipsis", async () => {
    const title = Array.from({ length: 40 }, (_, i) => `Kata${i}`).join(" ");
    const lines = pdfText(await render({ programme: title })).split("\n").filter((l) => l.startsWith("Kata"));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/\.\.\.$/);
  });

  it("embeds no font file: only the standard fonts, by name", async () => {
    const raw = (await render({})).toString("latin1");
    expect(raw).toContain("/BaseFont /Helvetica");
    expect(raw).not.toMatch(/\/FontFile[23]?\b/);
  });
});
