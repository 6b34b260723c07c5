// Saves text as a file from an extension page, through a temporary link (no downloads permission needed).
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next turn; the URL is only a handle to it.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
