/**
 * The key under which an item is paid once — a patent number, or jurisdiction:number for a grant
 * abroad. Claimed items, recorded assets and already-paid keys all go through normalizeItemKey, so
 * "ZL 2019 1012 3456.7", "zl201910123456.7" and "ZL2019101234567" are one patent, and "us:11223344"
 * is "US:11223344". Full-width characters (ＺＬ２０１９…) are read as their ASCII forms.
 */
export function normalizeItemNumber(n: string): string {
  return n.normalize('NFKC').toUpperCase().replace(/[\s.]/g, '');
}

/** A key as written anywhere ("US:11223344", "ZL201910123456.7"), in the one form keys are compared in. */
export function normalizeItemKey(key: string): string {
  const m = /^\s*([A-Za-z]{2})\s*:\s*(.*)$/.exec(key.normalize('NFKC'));
  return m ? `${m[1]!.toUpperCase()}:${normalizeItemNumber(m[2]!)}` : normalizeItemNumber(key);
}

/** The key of a claimed item: a patent number, or a grant abroad by jurisdiction and number. */
export function itemKey(item: string | { jurisdiction: string; number: string }): string {
  return normalizeItemKey(typeof item === 'string' ? item : `${item.jurisdiction}:${item.number}`);
}
