import { indonesianDate, indonesianDateRange } from "../delivery/indonesian-text";
import type { EvaluationForm, FieldProblem, FormRefusal } from "./evaluation-form";

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;background:#f4f6f8;color:#1a1a1f;line-height:1.45}
main{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh;box-sizing:border-box}
h1{font-size:1.3rem;margin:.5rem 0 1rem}h2{font-size:1.05rem;margin:1.5rem 0 .5rem;color:#0d4580}
fieldset{border:1px solid #d0d5db;border-radius:6px;margin:0 0 1rem;padding:.75rem}legend{font-weight:600;padding:0 .25rem}
.opts{display:flex;flex-direction:column;gap:.25rem;margin-top:.5rem}
.opts label{display:flex;align-items:center;gap:.6rem;min-height:44px;padding:0 .5rem;border:1px solid #e1e5ea;border-radius:4px}
input[type=radio]{width:1.3rem;height:1.3rem;margin:0}
textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;min-height:6rem}
button{margin:1rem 0 2rem;font-size:1.1rem;padding:.8rem 1.2rem;width:100%;background:#0d4580;color:#fff;border:0;border-radius:6px}
.error{background:#fbe4e4;color:#8a1717;padding:.75rem;border-radius:4px}.bad{border-color:#8a1717}
p.note{font-size:.9rem;color:#555}`;

/** A complete, script-free page: Indonesian, not to be indexed. */
const page = (title: string, body: string): string =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
  `<meta name="robots" content="noindex,nofollow"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
  `<body><main>${body}</main></body></html>`;

const ROLE_INTRO: Record<string, string> = {
  PARTICIPANT: "Mohon berikan penilaian Saudara atas pelatihan yang telah Saudara ikuti.",
  ALUMNUS: "Beberapa bulan setelah pelatihan, mohon nilai penerapan hasil pelatihan dalam pekerjaan Saudara.",
  SUPERIOR: "Sebagai atasan langsung, mohon nilai penerapan hasil pelatihan oleh alumni berikut dalam pekerjaannya.",
};

const heading = (f: EvaluationForm): string =>
  `<p class="note">${escapeHtml(f.programme)} — ${escapeHtml(f.batchName)} (${escapeHtml(indonesianDateRange(f.startsOn, f.endsOn))})</p>` +
  `<p>${f.role === "SUPERIOR" ? "Alumni" : "Peserta"}: <strong>${escapeHtml(f.employeeName)}</strong></p>`;

/** The evaluation form: one fieldset per question with its answers as large radio buttons, then an optional comment. */
export function evaluationFormPage(token: string, f: EvaluationForm, opts: { problem?: FieldProblem; values?: Record<string, unknown> } = {}): string {
  const values = opts.values ?? {};
  const title = f.level === "REACTION" ? "Evaluasi penyelenggaraan pelatihan" : "Evaluasi pasca pelatihan";
  let group = "";
  const parts: string[] = [];
  f.questions.forEach((q, i) => {
    if (q.group !== group) {
      group = q.group;
      parts.push(`<h2>${escapeHtml(group)}</h2>`);
    }
    const bad = opts.problem?.field === q.field;
    const options = f.scaleLabels
      .map((label, k) => {
        const v = String(k + 1);
        const checked = values[q.field] === v ? " checked" : "";
        return `<label><input type="radio" name="${escapeHtml(q.field)}" value="${v}" required${checked}> ${v} — ${escapeHtml(label)}</label>`;
      })
      .join("");
    parts.push(`<fieldset${bad ? ' class="bad"' : ""}><legend>${i + 1}. ${escapeHtml(q.text)}</legend><div class="opts">${options}</div></fieldset>`);
  });
  const comment = typeof values.comment === "string" ? values.comment.slice(0, 1000) : "";
  const error = opts.problem ? `<p class="error" role="alert">${escapeHtml(opts.problem.message)} (isian: ${escapeHtml(opts.problem.field)})</p>` : "";
  return page(
    title,
    `<h1>${title}</h1>${heading(f)}<p>${ROLE_INTRO[f.role] ?? ""}</p>${error}` +
      `<form method="post" action="/evaluate/${escapeHtml(token)}">${parts.join("")}` +
      `<h2>Saran dan komentar</h2><label for="comment">Saran atau komentar (tidak wajib)</label>` +
      `<textarea id="comment" name="comment" maxlength="1000">${escapeHtml(comment)}</textarea>` +
      `<button type="submit">Kirim jawaban</button></form>` +
      `<p class="note">Tautan ini pribadi dan hanya dapat digunakan sekali, sampai ${escapeHtml(indonesianDate(f.expiresOn))}.</p>`,
  );
}

/** The page a refused link shows; a forged link and an unknown one look the same. */
export function evaluationRefusedPage(refusal: FormRefusal, f: EvaluationForm | null): string {
  switch (refusal) {
    case "NOT_YET_OPEN":
      return page("Formulir belum dibuka", `<h1>Formulir belum dibuka</h1>${f ? heading(f) : ""}<p>Formulir ini dapat diisi mulai ${escapeHtml(indonesianDate(f!.opensOn))}.</p>`);
    case "EXPIRED":
      return page("Tautan kedaluwarsa", `<h1>Tautan sudah kedaluwarsa</h1>${f ? heading(f) : ""}<p>Masa pengisian formulir ini berakhir ${escapeHtml(indonesianDate(f!.expiresOn))}. Hubungi panitia bila Saudara masih ingin memberi penilaian.</p>`);
    case "ANSWERED":
      return page("Sudah dijawab", `<h1>Formulir ini sudah dijawab</h1><p>Jawaban untuk tautan ini sudah kami terima sebelumnya. Setiap tautan hanya dapat digunakan sekali.</p>`);
    default:
      return page("Tautan tidak valid", `<h1>Tautan tidak valid</h1><p>Tautan evaluasi ini tidak dikenal. Periksa kembali tautan yang Saudara terima.</p>`);
  }
}

export const evaluationThanksPage = (): string =>
  page("Terima kasih", `<h1>Terima kasih</h1><p>Jawaban Saudara telah tersimpan. Penilaian ini membantu BKPSDM memperbaiki program pengembangan kompetensi.</p>`);

export const evaluationTooManyPage = (seconds: number): string =>
  page("Terlalu banyak permintaan", `<h1>Terlalu banyak permintaan</h1><p>Coba lagi dalam ${seconds} detik.</p>`);
