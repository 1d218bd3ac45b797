// Saves text or a blob as a file from the browser: an object URL on a temporary <a download>, revoked after the
// click. Shared by the exports, the audit log and the topology picture.
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns; revoke on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function saveText(text: string, filename: string, type: string): void {
  saveBlob(new Blob([text], { type }), filename);
}

/** 2026-11-25T18-30-00Z: a timestamp safe in file names on every OS. */
export function fileStamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}
