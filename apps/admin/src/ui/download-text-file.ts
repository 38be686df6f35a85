/** Offers `content` as a file download, generated in the browser (no server round trip). */
export const downloadTextFile = (fileName: string, content: string, mimeType = "text/csv;charset=utf-8"): void => {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
};
