/**
 * The key under which an item is paid once — a patent number, or jurisdiction:number for a grant
 * abroad. Claimed items, recorded assets and already-paid keys all go through normalizeItemKey, so
 * "ZL 2019 1012 3456.7", "zl201910123456.7" and "ZL2019101234567" are one patent, and "us:11223344"
 * is "US:11223344". Full-width characters (ＺＬ２０１９…) are read as their ASCII forms.
 */
export function normalizeItemNumber(n: string): string {
  return nfkc(n).toUpperCase().replace(/[\s.]/g, '');
}

/** NFKC, skipped for printable ASCII (which it leaves unchanged): most numbers are typed in it. */
const ASCII = /^[ -~]*$/;
const nfkc = (s: string) => (ASCII.test(s) ? s : s.normalize('NFKC'));

/** A key as written anywhere ("US:11223344", "ZL201910123456.7"), in the one form keys are compared in. */
export function normalizeItemKey(key: string): string {
  const m = /^\s*([A-Za-z]{2})\s*:\s*(.*)$/.exec(nfkc(key));
  return m ? `${m[1]!.toUpperCase()}:${normalizeItemNumber(m[2]!)}` : normalizeItemNumber(key);
}

/** The key of a claimed item: a patent number, or a grant abroad by jurisdiction and number. */
export function itemKey(item: string | { jurisdiction: string; number: string }): string {
  if (typeof item === 'string') return normalizeItemKey(item);
  // A grant's jurisdiction is a checked two-letter code: its key is made directly, as
  // normalizeItemKey would make it from "US:number", without writing and re-reading that string.
  const j = nfkc(item.jurisdiction).trim();
  return /^[A-Za-z]{2}$/.test(j)
    ? `${j.toUpperCase()}:${normalizeItemNumber(nfkc(item.number).trimStart())}`
    : normalizeItemKey(`${item.jurisdiction}:${item.number}`);
}
