/**
 * Evidence files, as every app takes them before the upload (the server checks again, by content):
 * PDF, JPEG, PNG or OFD, up to 20 MB.
 */
export const EVIDENCE_MAX_MB = 20;
export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.ofd';

/** What is wrong with a file as evidence — its type or its size — or null when nothing is. */
export function evidenceFault(file: { name: string; size: number }): 'type' | 'size' | null {
  if (!/\.(pdf|jpe?g|png|ofd)$/i.test(file.name)) return 'type';
  if (file.size > EVIDENCE_MAX_MB * 1024 * 1024) return 'size';
  return null;
}
