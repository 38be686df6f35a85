import { validateCompetency } from "./competency.js";
import { MANAGERIAL_COMPETENCIES, SOCIO_CULTURAL_COMPETENCIES } from "./national-competencies.js";

describe("national competencies", () => {
  it("lists the 8 managerial competencies of PermenPANRB 38/2017 in order, with stable codes", () => {
    expect(MANAGERIAL_COMPETENCIES.map((c) => [c.code, c.name])).toEqual([
      ["M.INTEGRITAS", "Integritas"],
      ["M.KERJA_SAMA", "Kerja Sama"],
      ["M.KOMUNIKASI", "Komunikasi"],
      ["M.ORIENTASI_HASIL", "Orientasi pada Hasil"],
      ["M.PELAYANAN_PUBLIK", "Pelayanan Publik"],
      ["M.PENGEMBANGAN_DIRI", "Pengembangan Diri dan Orang Lain"],
      ["M.MENGELOLA_PERUBAHAN", "Mengelola Perubahan"],
      ["M.PENGAMBILAN_KEPUTUSAN", "Pengambilan Keputusan"],
    ]);
  });

  it("lists Perekat Bangsa as the one socio-cultural competency", () => {
    expect(SOCIO_CULTURAL_COMPETENCIES).toEqual([expect.objectContaining({ code: "SK.PEREKAT_BANGSA", name: "Perekat Bangsa", kind: "SOCIO_CULTURAL" })]);
  });

  it.each([...MANAGERIAL_COMPETENCIES, ...SOCIO_CULTURAL_COMPETENCIES].map((c) => [c.code, c] as const))(
    "%s is a valid dictionary entry that validates to itself",
    (_, competency) => {
      expect(validateCompetency(competency)).toEqual({ ok: true, value: competency });
    },
  );
});
