import { PDFDocument, PDFName, PDFString, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { indonesianDate, indonesianDateRange, indonesianJp } from "./indonesian-text";
import { qrRuns } from "./qr-code";

/** What an STTPP certificate says. */
export interface CertificateContent {
  /** Who issues it, e.g. `Pemerintah Kota Salatiga` (the root unit's name). */
  readonly issuer: string;
  readonly name: string;
  readonly nip: string;
  readonly programme: string;
  readonly jp: number;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly issuedOn: string;
  readonly number: string;
  readonly code: string;
  /** `<public base URL>/verify/<code>`: the QR and the link point here. */
  readonly verifyUrl: string;
  /** Revoked: the PDF says so across its head (an administrator may still download it). */
  readonly revoked?: boolean;
}

/** A4 landscape, in points. */
const WIDTH = 841.89;
const HEIGHT = 595.28;
const MARGIN = 60;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
const ACCENT = rgb(0.05, 0.27, 0.5);

/**
 * The standard PDF fonts write WinAnsi only (no font is embedded). A name such as `Dewi Ayu Ṡaraswati` keeps its
 * letters without their marks; anything else unwritable becomes `?` instead of failing the whole certificate.
 */
function writable(font: PDFFont): (text: string) => string {
  const set = new Set(font.getCharacterSet());
  return (text) =>
    [...text.normalize("NFC").replace(/[\r\n\t]+/g, " ")]
      .map((ch) => {
        if (set.has(ch.codePointAt(0)!)) return ch;
        const bare = ch.normalize("NFKD").replace(/\p{M}+/gu, "");
        return [...bare].every((c) => set.has(c.codePointAt(0)!)) && bare !== "" ? bare : "?";
      })
      .join("");
}

/** Draws `text` centred on the page at `y`, shrinking the size (down to `minSize`) to fit the text width. */
function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, opts: { minSize?: number; color?: ReturnType<typeof rgb> } = {}): void {
  let s = size;
  while (s > (opts.minSize ?? size) && font.widthOfTextAtSize(text, s) > TEXT_WIDTH) s -= 0.5;
  const width = font.widthOfTextAtSize(text, s);
  page.drawText(text, { x: (WIDTH - width) / 2, y, size: s, font, color: opts.color ?? INK });
}

/** Splits `text` into lines no wider than `width` (a word longer than the width is cut), at most `maxLines` (the last ends with `...`). */
function wrap(text: string, font: PDFFont, size: number, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (font.widthOfTextAtSize(w, size) > width) w = w.slice(0, -1);
    const candidate = line ? `${line} ${w}` : w;
    if (font.widthOfTextAtSize(candidate, size) <= width) line = candidate;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}...`;
  while (font.widthOfTextAtSize(last, size) > width) last = `${last.slice(0, -4)}...`;
  kept[maxLines - 1] = last;
  return kept;
}

/**
 * The STTPP (Surat Tanda Tamat Pendidikan dan Pelatihan) as a one-page A4 landscape PDF: issuer, title, number, the
 * participant's name and NIP, the programme, its dates and JP, and at the foot the verification code with a QR code
 * (and a link) to the public verification page. Standard fonts only, nothing embedded or fetched.
 */
export async function renderCertificatePdf(c: CertificateContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`STTPP ${c.number}`);
  doc.setSubject(`Surat Tanda Tamat Pendidikan dan Pelatihan; kode verifikasi ${c.code}`);
  doc.setProducer("Bina");
  doc.setCreator("Bina");
  doc.setCreationDate(new Date(`${c.issuedOn}T00:00:00+07:00`));
  doc.setModificationDate(new Date(`${c.issuedOn}T00:00:00+07:00`));
  doc.setLanguage("id-ID");
  const page = doc.addPage([WIDTH, HEIGHT]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const text = writable(regular);

  page.drawRectangle({ x: 20, y: 20, width: WIDTH - 40, height: HEIGHT - 40, borderColor: ACCENT, borderWidth: 3 });
  page.drawRectangle({ x: 28, y: 28, width: WIDTH - 56, height: HEIGHT - 56, borderColor: ACCENT, borderWidth: 0.8 });

  if (c.revoked) {
    const mark = "DICABUT / REVOKED";
    page.drawText(mark, { x: (WIDTH - bold.widthOfTextAtSize(mark, 16)) / 2, y: HEIGHT - 52, size: 16, font: bold, color: rgb(0.75, 0.1, 0.1) });
  }
  let y = HEIGHT - 78;
  centred(page, text(c.issuer.toUpperCase()), y, bold, 14, { minSize: 9 });
  y -= 50;
  centred(page, "SURAT TANDA TAMAT PENDIDIKAN DAN PELATIHAN", y, bold, 22, { color: ACCENT });
  y -= 22;
  centred(page, "(STTPP)", y, bold, 12, { color: ACCENT });
  y -= 20;
  centred(page, `Nomor: ${text(c.number)}`, y, regular, 12, { minSize: 8 });
  y -= 40;
  centred(page, "Diberikan kepada:", y, regular, 12);
  y -= 34;
  centred(page, text(c.name), y, bold, 24, { minSize: 10 });
  y -= 22;
  centred(page, `NIP. ${text(c.nip)}`, y, regular, 13);
  y -= 34;
  centred(page, "yang telah mengikuti dan dinyatakan tamat dalam", y, regular, 12);
  y -= 26;
  for (const line of wrap(text(c.programme), bold, 16, TEXT_WIDTH, 3)) {
    centred(page, line, y, bold, 16);
    y -= 20;
  }
  y -= 8;
  centred(page, `pada tanggal ${indonesianDateRange(c.startsOn, c.endsOn)}, sebanyak ${indonesianJp(c.jp)} Jam Pelajaran (JP).`, y, regular, 12);

  // The foot: QR and verification code on the left, the issue date on the right.
  const qrSide = 96;
  const qrX = 56;
  const qrY = 44;
  const { size, runs } = qrRuns(c.verifyUrl);
  const module = qrSide / size;
  for (const [r, col, n] of runs) {
    page.drawRectangle({ x: qrX + col * module, y: qrY + qrSide - (r + 1) * module, width: n * module, height: module, color: rgb(0, 0, 0) });
  }
  const link = doc.context.register(
    doc.context.obj({
      Type: "Annot",
      Subtype: "Link",
      Rect: [qrX, qrY, qrX + qrSide, qrY + qrSide],
      Border: [0, 0, 0],
      A: { Type: "Action", S: "URI", URI: PDFString.of(c.verifyUrl) },
    }),
  );
  page.node.addAnnot(link);
  page.node.set(PDFName.of("Tabs"), PDFName.of("S"));
  const footX = qrX + qrSide + 14;
  page.drawText("Kode verifikasi:", { x: footX, y: qrY + 68, size: 9, font: regular, color: INK });
  page.drawText(c.code, { x: footX, y: qrY + 52, size: 13, font: bold, color: INK });
  page.drawText("Periksa keaslian dengan memindai kode QR atau membuka:", { x: footX, y: qrY + 34, size: 8, font: regular, color: INK });
  let urlSize = 8;
  while (urlSize > 5 && regular.widthOfTextAtSize(c.verifyUrl, urlSize) > 330) urlSize -= 0.5;
  page.drawText(text(c.verifyUrl), { x: footX, y: qrY + 22, size: urlSize, font: regular, color: ACCENT });

  const right = WIDTH - 56;
  const issued = `Diterbitkan ${indonesianDate(c.issuedOn)}`;
  page.drawText(issued, { x: right - regular.widthOfTextAtSize(issued, 11), y: qrY + 60, size: 11, font: regular, color: INK });
  const note = "Dokumen elektronik; sah bila terdaftar pada halaman verifikasi.";
  page.drawText(note, { x: right - regular.widthOfTextAtSize(note, 8), y: qrY + 44, size: 8, font: regular, color: INK });

  return doc.save({ useObjectStreams: false });
}
