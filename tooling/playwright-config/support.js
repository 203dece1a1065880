/**
 * What the apps' journeys compute the same way, independent of the apps' own code (a test that used
 * the app's helper would agree with the app whatever it showed).
 */

const CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * A valid unified social credit code (GB 32100) of a Yinchuan enterprise from a seed, for a new
 * enterprise per run; `offset` keeps each app's codes apart.
 * @param {number} seed @param {number} offset
 */
export function creditCode(seed, offset) {
  const first17 = `91640104${String(offset + seed).slice(0, 9)}`;
  const sum = [...first17].reduce((s, ch, i) => s + CODE_CHARACTERS.indexOf(ch) * CODE_WEIGHTS[i], 0);
  return first17 + CODE_CHARACTERS[(31 - (sum % 31)) % 31];
}

/**
 * An instant as Beijing reads it (`2027-01-01 01:30`, with `seconds` `2027-01-01 01:30:00`), by the
 * browser's own time-zone data.
 * @param {string} iso @param {{ seconds?: boolean }} [o]
 */
export function beijing(iso, o = {}) {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(o.seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(new Date(iso));
}
