import type { Clock } from '@plein/core';

/**
 * Hands CSV text to the browser as a file download, through a Blob URL. The byte-order mark
 * lets spreadsheet programs read the file as UTF-8 (accents in Dutch names and labels).
 */
export function downloadCsv(fileName: string, text: string, clock: Pick<Clock, 'setTimeout'>): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Some browsers read the blob after the click returns: give them time before letting go.
  clock.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
