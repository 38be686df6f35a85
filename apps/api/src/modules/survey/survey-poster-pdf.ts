import { PDFDocument, PDFName, PDFString, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { qrRuns } from "../delivery/qr-code";

/** What a survey poster says. */
export interface SurveyPosterContent {
  /** The root unit's name, e.g. `Pemerintah Kota Salatiga`. */
  readonly issuer: string;
  readonly serviceUnitName: string;
  /** `Periode Juli–Desember 2026`, or null for a poster without a period. */
  readonly periodText: string | null;
  /** The absolute address of the form (`<public base URL>/survey/<code>`): the QR and the link point here. */
  readonly surveyUrl: string;
}

/** A4 portrait, in points. */
const WIDTH = 595.28;
const HEIGHT = 841.89;
const MARGIN = 50;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
const ACCENT = rgb(0.05, 0.27, 0.5);

/** The standard fonts write WinAnsi only: letters keep their base form, anything else unwritable becomes `?`. */
function writable(font: PDFFont): (text: string) => string {
  const set = new Set(font.getCharacterSet());
  return (text) =>
    [...text.normalize("NFC").replace(/[\r\n\t]+/g, " ").replace(/–/g, "-")]
      .map((ch) => {
        if (set.has(ch.codePointAt(0)!)) return ch;
        const bare = ch.normalize("NFKD").replace(/\p{M}+/gu, "");
        return [...bare].every((c) => set.has(c.codePointAt(0)!)) && bare !== "" ? bare : "?";
      })
      .join("");
}

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = INK, minSize = size): void {
  let s = size;
  while (s > minSize && font.widthOfTextAtSize(text, s) > TEXT_WIDTH) s -= 0.5;
  page.drawText(text, { x: (WIDTH - font.widthOfTextAtSize(text, s)) / 2, y, size: s, font, color });
}

/**
 * The QR poster of a service unit's survey, A4 portrait: the title, the unit, the period, a large QR code to the
 * absolute survey address (and a link on it), the address in text and three short steps, in Indonesian. Standard
 * fonts only, nothing embedded or fetched (pdf-lib, like the certificates).
 */
export async function renderSurveyPosterPdf(c: SurveyPosterContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const text = writable(regular);
  doc.setTitle(`Survei Kepuasan Masyarakat - ${text(c.serviceUnitName)}`);
  doc.setSubject(`Survei Kepuasan Masyarakat (PermenPANRB 14/2017): ${c.surveyUrl}`);
  doc.setProducer("Bina");
  doc.setCreator("Bina");
  doc.setLanguage("id-ID");
  const page = doc.addPage([WIDTH, HEIGHT]);

  page.drawRectangle({ x: 0, y: HEIGHT - 120, width: WIDTH, height: 120, color: ACCENT });
  centred(page, text(c.issuer.toUpperCase()), HEIGHT - 50, bold, 13, rgb(1, 1, 1), 8);
  centred(page, "SURVEI KEPUASAN MASYARAKAT", HEIGHT - 90, bold, 26, rgb(1, 1, 1), 16);

  let y = HEIGHT - 175;
  centred(page, text(c.serviceUnitName), y, bold, 24, INK, 11);
  if (c.periodText) {
    y -= 30;
    centred(page, text(c.periodText), y, regular, 15);
  }
  y -= 40;
  centred(page, "Bagaimana pelayanan kami hari ini? Sampaikan pendapat Anda.", y, regular, 14, INK, 9);

  const qrSide = 330;
  const qrX = (WIDTH - qrSide) / 2;
  const qrY = y - 30 - qrSide;
  const { size, runs } = qrRuns(c.surveyUrl);
  const module = qrSide / size;
  for (const [r, col, n] of runs) {
    page.drawRectangle({ x: qrX + col * module, y: qrY + qrSide - (r + 1) * module, width: n * module, height: module, color: rgb(0, 0, 0) });
  }
  const link = doc.context.register(
    doc.context.obj({ Type: "Annot", Subtype: "Link", Rect: [qrX, qrY, qrX + qrSide, qrY + qrSide], Border: [0, 0, 0], A: { Type: "Action", S: "URI", URI: PDFString.of(c.surveyUrl) } }),
  );
  page.node.addAnnot(link);
  page.node.set(PDFName.of("Tabs"), PDFName.of("S"));

  y = qrY - 30;
  centred(page, text(c.surveyUrl), y, bold, 13, ACCENT, 7);
  y -= 40;
  for (const step of ["1. Pindai kode QR dengan kamera ponsel Anda.", "2. Jawab 9 pertanyaan singkat (sekitar 2 menit, tanpa login).", "3. Tekan \"Kirim jawaban\". Terima kasih!"]) {
    centred(page, step, y, regular, 13, INK, 9);
    y -= 22;
  }
  centred(page, "Survei Kepuasan Masyarakat menurut PermenPANRB Nomor 14 Tahun 2017. Jawaban Anda tanpa nama.", 40, regular, 9, rgb(0.35, 0.35, 0.4), 7);
  return doc.save();
}
