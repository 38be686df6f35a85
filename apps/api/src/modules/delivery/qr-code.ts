import QRCode from "qrcode";

/** The dark modules of a QR code for `text`, row by row (error correction M: readable with a quarter of it smudged). */
export function qrMatrix(text: string): { readonly size: number; dark(row: number, col: number): boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return { size: modules.size, dark: (row, col) => Boolean(modules.get(row, col)) };
}

/** Runs of dark modules in each row, `[row, startCol, length]`: one rectangle per run instead of one per module. */
export function qrRuns(text: string): { readonly size: number; readonly runs: readonly (readonly [number, number, number])[] } {
  const m = qrMatrix(text);
  const runs: [number, number, number][] = [];
  for (let r = 0; r < m.size; r++) {
    let start = -1;
    for (let c = 0; c <= m.size; c++) {
      const dark = c < m.size && m.dark(r, c);
      if (dark && start < 0) start = c;
      if (!dark && start >= 0) {
        runs.push([r, start, c - start]);
        start = -1;
      }
    }
  }
  return { size: m.size, runs };
}

/** A QR code as a small SVG (one path, a 4-module quiet zone), and the same as a `data:image/svg+xml` URL for an `<img>`. */
export function qrSvg(text: string): { readonly svg: string; readonly dataUrl: string } {
  const { size, runs } = qrRuns(text);
  const quiet = 4;
  const d = runs.map(([r, c, n]) => `M${c + quiet} ${r + quiet}h${n}v1h-${n}z`).join("");
  const side = size + 2 * quiet;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
  return { svg, dataUrl: `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}` };
}
