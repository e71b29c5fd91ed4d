/**
 * Saves text as a file through the browser's ordinary download, from the page itself: no "downloads"
 * permission, and nothing leaves the machine (the address is a blob: URL of this page).
 */
export function downloadFile(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
