import { SKM_AGE_BANDS, SKM_ELEMENTS, SKM_RESPONDENT_PROFILE } from "@bina/domain";
import { answerField, FORM_FIELDS, RESPONSE_TEXT, type FormValues } from "./survey-form";

/**
 * The public survey's pages: small server-rendered HTML, Indonesian, mobile first (one column, large touch targets),
 * every input labelled and grouped in a fieldset with its legend, no script and nothing from outside (CSP-friendly:
 * the only inline thing is the style sheet, which the CSP's style-src allows).
 */

// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const escapeHtml = (s: string): string =>
  s.replace(CONTROLS, "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `*{box-sizing:border-box}body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;background:#f4f6f8;color:#1a1a1f;line-height:1.45;font-size:1.05rem}
main{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh}
h1{font-size:1.3rem;margin:.25rem 0 .5rem}p{margin:.5rem 0}.unit{font-weight:700;color:#0d4580}.note{font-size:.92rem;color:#444}
fieldset{border:1px solid #c9ced6;border-radius:8px;margin:1rem 0;padding:.75rem}legend{font-weight:700;padding:0 .25rem}
.q legend{font-weight:600}.opt{display:flex;align-items:center;gap:.6rem;min-height:48px;padding:.35rem .5rem;border-radius:6px;margin:.25rem 0;border:1px solid #e1e4e8}
.opt input{width:1.35rem;height:1.35rem;margin:0;flex:none}label.f{display:block;font-weight:600;margin:.75rem 0 .25rem}
select,input[type=text],textarea{width:100%;font-size:1.05rem;padding:.6rem;border:1px solid #8a929c;border-radius:6px;background:#fff;color:inherit}
textarea{min-height:7rem}button{width:100%;min-height:52px;font-size:1.1rem;font-weight:700;background:#0d4580;color:#fff;border:0;border-radius:8px;margin:1rem 0}
button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f0b400;outline-offset:2px}
.err{color:#a01818;font-weight:600;margin:.25rem 0}.bad{border-color:#a01818;border-width:2px}.summary{border:2px solid #a01818;border-radius:8px;padding:.5rem .75rem;background:#fdf0f0}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}`;

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
  `<meta name="robots" content="noindex,nofollow"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
  `<body><main>${body}</main></body></html>`;

export interface SurveyFormTarget {
  readonly code: string;
  readonly name: string;
  /** `Juli–Desember 2026` */
  readonly periodLabel: string;
}

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
/** A half year in Indonesian: `Januari–Juni 2026` or `Juli–Desember 2026`. */
export const periodLabel = (year: number, half: number): string => (half === 1 ? `${MONTHS[0]}–${MONTHS[5]} ${year}` : `${MONTHS[6]}–${MONTHS[11]} ${year}`);

const errorText = (id: string, message: string | undefined): string => (message ? `<p class="err" id="${id}-err">${escapeHtml(message)}</p>` : "");
const describedBy = (id: string, message: string | undefined): string => (message ? ` aria-describedby="${id}-err" aria-invalid="true"` : "");

function radios(name: string, options: readonly { value: string; label: string }[], checked: string | undefined, required: boolean): string {
  return options
    .map(
      (o, i) =>
        `<label class="opt" for="${name}-${i}"><input type="radio" id="${name}-${i}" name="${name}" value="${escapeHtml(o.value)}"` +
        `${checked === o.value ? " checked" : ""}${required ? " required" : ""}>${escapeHtml(o.label)}</label>`,
    )
    .join("");
}

function select(name: string, label: string, options: readonly { value: string; label: string }[], value: string | undefined, error: string | undefined): string {
  return (
    `<label class="f" for="${name}">${escapeHtml(label)}</label>${errorText(name, error)}<select id="${name}" name="${name}"${describedBy(name, error)}${error ? ' class="bad"' : ""}>` +
    `<option value="">— pilih —</option>` +
    options.map((o) => `<option value="${escapeHtml(o.value)}"${value === o.value ? " selected" : ""}>${escapeHtml(o.label)}</option>`).join("") +
    `</select>`
  );
}

/** The form: the respondent profile first, then U1..U9 with the regulation's words and answers, then a suggestion. */
export function surveyFormPage(target: SurveyFormTarget, values: FormValues = {}, errors: Readonly<Record<string, string>> = {}): string {
  const errorCount = Object.keys(errors).length;
  const summary =
    errorCount > 0
      ? `<div class="summary" role="alert"><p><strong>Ada ${errorCount} isian yang perlu diperbaiki.</strong> Jawaban Anda belum terkirim.</p></div>`
      : "";
  const genderError = errors[FORM_FIELDS.gender];
  const profile =
    `<fieldset><legend>Data responden</legend><p class="note">Boleh dikosongkan; digunakan hanya untuk pengolahan statistik.</p>` +
    `<fieldset${describedBy(FORM_FIELDS.gender, genderError)}><legend>Jenis kelamin</legend>${errorText(FORM_FIELDS.gender, genderError)}` +
    radios(FORM_FIELDS.gender, SKM_RESPONDENT_PROFILE.genders, values[FORM_FIELDS.gender], false) +
    `</fieldset>` +
    select(FORM_FIELDS.age, "Usia", SKM_AGE_BANDS, values[FORM_FIELDS.age], errors[FORM_FIELDS.age]) +
    select(FORM_FIELDS.education, "Pendidikan terakhir", SKM_RESPONDENT_PROFILE.educations.map((e) => ({ value: e, label: e })), values[FORM_FIELDS.education], errors[FORM_FIELDS.education]) +
    select(FORM_FIELDS.occupation, "Pekerjaan", SKM_RESPONDENT_PROFILE.occupations, values[FORM_FIELDS.occupation], errors[FORM_FIELDS.occupation]) +
    `<label class="f" for="${FORM_FIELDS.service}">Jenis layanan yang diterima</label>${errorText(FORM_FIELDS.service, errors[FORM_FIELDS.service])}` +
    `<input type="text" id="${FORM_FIELDS.service}" name="${FORM_FIELDS.service}" maxlength="${RESPONSE_TEXT.service.max}" autocomplete="off" value="${escapeHtml(values[FORM_FIELDS.service] ?? "")}"${describedBy(FORM_FIELDS.service, errors[FORM_FIELDS.service])}>` +
    `</fieldset>`;
  const questions = SKM_ELEMENTS.map((e, i) => {
    const name = answerField(i);
    const error = errors[name];
    return (
      `<fieldset class="q" id="q-${name}"${describedBy(name, error)}><legend>${i + 1}. ${escapeHtml(e.question)}</legend>${errorText(name, error)}` +
      radios(name, e.answers.map((label, score) => ({ value: String(score + 1), label })), values[name], true) +
      `</fieldset>`
    );
  }).join("");
  const suggestionError = errors[FORM_FIELDS.suggestion];
  const suggestion =
    `<label class="f" for="${FORM_FIELDS.suggestion}">Saran dan masukan (tidak wajib)</label>${errorText(FORM_FIELDS.suggestion, suggestionError)}` +
    `<textarea id="${FORM_FIELDS.suggestion}" name="${FORM_FIELDS.suggestion}" maxlength="${RESPONSE_TEXT.suggestion.max}"${describedBy(FORM_FIELDS.suggestion, suggestionError)}>${escapeHtml(values[FORM_FIELDS.suggestion] ?? "")}</textarea>`;
  const honeypot = `<div class="hp" aria-hidden="true"><label for="${FORM_FIELDS.honeypot}">Jangan diisi</label><input type="text" id="${FORM_FIELDS.honeypot}" name="${FORM_FIELDS.honeypot}" tabindex="-1" autocomplete="off"></div>`;
  return page(
    `Survei Kepuasan Masyarakat — ${target.name}`,
    `<h1>Survei Kepuasan Masyarakat</h1><p class="unit">${escapeHtml(target.name)}</p><p class="note">Periode ${escapeHtml(target.periodLabel)}. ` +
      `Tanpa nama dan tanpa login, sekitar 2 menit. Pilih satu jawaban untuk setiap pertanyaan.</p>${summary}` +
      `<form method="post" action="/survey/${escapeHtml(target.code)}">${profile}<h2 class="note">Pendapat Anda tentang pelayanan</h2>${questions}${suggestion}${honeypot}` +
      `<button type="submit">Kirim jawaban</button></form>`,
  );
}

export const thankYouPage = (name: string): string =>
  page(
    "Terima kasih",
    `<h1>Terima kasih</h1><p>Jawaban Anda untuk <strong>${escapeHtml(name)}</strong> telah kami terima.</p><p class="note">Hasil survei digunakan untuk memperbaiki pelayanan dan pelatihan petugas.</p>`,
  );

export const alreadyAnsweredPage = (name: string): string =>
  page(
    "Sudah mengisi",
    `<h1>Anda sudah mengisi survei ini</h1><p>Terima kasih, jawaban dari perangkat ini untuk <strong>${escapeHtml(name)}</strong> sudah kami terima hari ini. Satu jawaban per orang per periode.</p>`,
  );

export const noSurveyOpenPage = (name: string): string =>
  page("Survei belum dibuka", `<h1>Survei sedang tidak dibuka</h1><p>Saat ini tidak ada periode survei kepuasan yang dibuka untuk <strong>${escapeHtml(name)}</strong>. Silakan coba lagi pada periode berikutnya.</p>`);

export const unknownServiceUnitPage = (): string =>
  page("Unit layanan tidak ditemukan", `<h1>Unit layanan tidak ditemukan</h1><p>Alamat survei ini tidak dikenal. Periksa kembali kode QR atau alamat yang Anda buka.</p>`);

export const tooManySubmissionsPage = (seconds: number): string =>
  page("Terlalu banyak pengiriman", `<h1>Terlalu banyak pengiriman</h1><p>Dari jaringan ini sudah banyak jawaban yang dikirim. Coba lagi dalam ${Math.ceil(seconds / 60)} menit.</p>`);

export const badRequestPage = (): string => page("Permintaan tidak valid", `<h1>Permintaan tidak valid</h1><p>Isian yang dikirim terlalu besar atau tidak dapat dibaca. Muat ulang formulir dan coba lagi.</p>`);
