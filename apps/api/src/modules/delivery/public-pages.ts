import { indonesianDateRange, indonesianJp } from "./indonesian-text";
import type { PublicCertificate } from "./certificate-document";

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;background:#f4f6f8;color:#1a1a1f}
main{max-width:34rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.25rem;margin:0 0 1rem}dl{margin:0}dt{font-size:.8rem;color:#555;margin-top:.75rem}dd{margin:.1rem 0 0;font-size:1.05rem}
.status{display:inline-block;padding:.3rem .8rem;border-radius:4px;font-weight:700;letter-spacing:.03em}
.valid{background:#e3f4e8;color:#135c2b}.revoked{background:#fbe4e4;color:#8a1717}
label{display:block;margin:.75rem 0 .25rem}input{font-size:1.1rem;padding:.5rem;width:100%;box-sizing:border-box}
button{margin-top:1rem;font-size:1.05rem;padding:.6rem 1.2rem;background:#0d4580;color:#fff;border:0;border-radius:4px}
p.note{font-size:.85rem;color:#555}`;

/** A complete, script-free page: Indonesian, not to be indexed. */
export const page = (title: string, body: string): string =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
  `<meta name="robots" content="noindex,nofollow"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
  `<body><main>${body}</main></body></html>`;

/** The public verification of a certificate: name, programme, JP, dates and status, nothing else. */
export function verifiedPage(c: PublicCertificate): string {
  const status =
    c.status === "VALID"
      ? `<span class="status valid">SAH (VALID)</span>`
      : `<span class="status revoked">DICABUT (REVOKED)</span>`;
  return page(
    "Verifikasi STTPP",
    `<h1>Verifikasi Surat Tanda Tamat Pendidikan dan Pelatihan</h1>${status}<dl>` +
      `<dt>Nama</dt><dd>${escapeHtml(c.name)}</dd>` +
      `<dt>Program</dt><dd>${escapeHtml(c.programme)}</dd>` +
      `<dt>Jam Pelajaran</dt><dd>${escapeHtml(indonesianJp(c.jp))} JP</dd>` +
      `<dt>Tanggal</dt><dd>${escapeHtml(indonesianDateRange(c.startsOn, c.endsOn))}</dd></dl>`,
  );
}

export const unknownCertificatePage = (): string =>
  page("Sertifikat tidak ditemukan", `<h1>Sertifikat tidak ditemukan</h1><p>Tidak ada STTPP dengan kode verifikasi ini. Periksa kembali kode pada sertifikat.</p>`);

export const tooManyRequestsPage = (seconds: number): string =>
  page("Terlalu banyak permintaan", `<h1>Terlalu banyak permintaan</h1><p>Coba lagi dalam ${seconds} detik.</p>`);

/** The check-in form a participant's phone opens from the QR code: the code rides along, the NIP is typed. */
export const checkInFormPage = (code: string, message?: string): string =>
  page(
    "Presensi",
    `<h1>Presensi kegiatan</h1>${message ? `<p class="note">${escapeHtml(message)}</p>` : ""}` +
      `<form method="post" action="/check-in"><input type="hidden" name="code" value="${escapeHtml(code.slice(0, 100))}">` +
      `<label for="nip">NIP</label><input id="nip" name="nip" inputmode="numeric" autocomplete="off" maxlength="30" required>` +
      `<button type="submit">Catat kehadiran</button></form><p class="note">Kode berlaku dua menit; bila kedaluwarsa, pindai ulang kode di layar panitia.</p>`,
  );

export const checkedInPage = (topic: string, date: string): string =>
  page("Kehadiran tercatat", `<h1>Kehadiran tercatat</h1><p>Terima kasih. Kehadiran Anda pada sesi <strong>${escapeHtml(topic)}</strong> (${escapeHtml(indonesianDateRange(date, date))}) telah dicatat.</p>`);

export const checkInRefusedPage = (message: string): string => page("Presensi ditolak", `<h1>Presensi tidak dapat dicatat</h1><p>${escapeHtml(message)}</p>`);
