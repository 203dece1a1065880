import { yearOf } from '../dates/calendar-date.js';
import type { RecognitionClaim } from '../claims/schema.js';
import type { Assessment } from './assessment.js';
import type { Evaluation } from './evaluation.js';

/**
 * M1.1–M1.3 (a title newly recognized) and M11.1 (a trusteeship agency that passed the
 * evaluation): a fixed sum, once, when the recognition falls inside the window of years.
 */
export function fixedAward(claim: RecognitionClaim, ev: Evaluation): Assessment {
  const { fundingYear, asOf } = ev.ctx;
  const amount = ev.money('amount');
  const window = ev.integer('recognitionWindowYears') ?? 1;
  const firstYear = fundingYear - window + 1;
  const year = yearOf(claim.recognizedOn);
  const title = ev.provision.title;

  ev.step(
    `${ev.provisionId}：${title.zh}，给予 ${ev.moneyText('amount')} 支持。`,
    `${ev.provisionId}: ${title.en} — an award of ${ev.moneyText('amount')}.`,
    { amount: amount.toString() },
    [`${ev.provisionId}.amount`],
  );
  const inWindow = year >= firstYear && year <= fundingYear;
  ev.step(
    `认定日期 ${claim.recognizedOn}；资助年度 ${fundingYear} 可支持 ${firstYear}–${fundingYear} 年内的认定：${inWindow ? '符合' : '不符合'}。`,
    `Recognized on ${claim.recognizedOn}; funding year ${fundingYear} accepts recognitions in ${firstYear}–${fundingYear}: ${inWindow ? 'met' : 'not met'}.`,
    { recognizedOn: claim.recognizedOn, fundingYear: String(fundingYear), firstYear: String(firstYear) },
    [`${ev.provisionId}.recognitionWindowYears`],
  );
  if (!inWindow) {
    ev.fail(
      'NOT_NEWLY_RECOGNIZED',
      `认定日期 ${claim.recognizedOn} 不在 ${firstYear}–${fundingYear} 年内，不属于本资助年度可支持的“新认定”。`,
      `Recognized on ${claim.recognizedOn}, outside ${firstYear}–${fundingYear}: not "newly recognized" for funding year ${fundingYear}.`,
    );
  }
  if (claim.recognizedOn > asOf) {
    ev.fail(
      'RECOGNITION_IN_FUTURE',
      `认定日期 ${claim.recognizedOn} 晚于评估日期 ${asOf}：须已获认定。`,
      `Recognition date ${claim.recognizedOn} is after the assessment date ${asOf}: the recognition must have happened.`,
    );
  }
  if (ev.ctx.alreadyPaid) {
    ev.fail('ALREADY_PAID', '该称号（考核认定）已获支持，每项只支持一次。', 'This title (evaluation) was already paid; it is paid once.');
  }
  return ev.finish(amount);
}
