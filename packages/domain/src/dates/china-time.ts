import { todayInChina, type CalendarDate } from './calendar-date.js';

/**
 * What a person in China reads for an instant: the policy, the offices and the users are all in
 * Asia/Shanghai (UTC+8, no daylight saving since 1991), so an instant stored in UTC is shown here —
 * never through the browser's or the server's own zone. The offset is fixed, so no Intl time-zone
 * data is needed (phones in the field may lack it).
 */
const OFFSET_MS = 8 * 3_600_000;

export type ChinaTimeUnit = 'date' | 'minute' | 'second';

const LENGTH: Record<ChinaTimeUnit, number> = { date: 10, minute: 16, second: 19 };

/** "2026-12-02 02:47" for 2026-12-01T18:47:00Z; to the day, minute (default) or second. '—' for none. */
export function formatChinaTime(
  instant: string | Date | null | undefined,
  unit: ChinaTimeUnit = 'minute',
): string {
  if (instant === null || instant === undefined || instant === '') return '—';
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) return '—';
  return new Date(ms + OFFSET_MS).toISOString().slice(0, LENGTH[unit]).replace('T', ' ');
}

/** The calendar year in China now — the funding year a page starts at. */
export function yearInChina(now: Date = new Date()): number {
  return Number(todayInChina(now).slice(0, 4));
}

/** "2026年12月2日": the date as a Chinese document writes it. */
export function chineseDate(date: CalendarDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
/** 1–31 as a document writes them: 一 … 十, 十一 … 十九, 二十, 二十一 … 三十一. */
function smallNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return head + (units === 0 ? '' : DIGITS[units]);
}

/**
 * "二〇二六年十二月二日": the date in Chinese numerals, as certificates and notices of approval write it
 * (the form of GB/T 9704-1999; its 2012 revision writes 成文日期 in Arabic numerals): each digit of the
 * year on its own (〇 for zero), the month and the day as numbers (十二, 二十一).
 */
export function documentDate(date: CalendarDate): string {
  const [y, m, d] = date.split('-') as [string, string, string];
  const year = [...y].map((c) => DIGITS[Number(c)]).join('');
  return `${year}年${smallNumber(Number(m))}月${smallNumber(Number(d))}日`;
}
