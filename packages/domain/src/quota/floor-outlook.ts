import { daysBetween, yearOf, type CalendarDate } from '../dates/calendar-date.js';
import { Money, type MoneyInput } from '../money/money.js';
import { budgetFloorProgress, type BudgetFloorProgress } from './progress.js';

/**
 * Why a floor will not be reached by the end of the year: no budget is set; the budget itself is
 * below the floor; even granting everything still in review at its most would not reach it; or the
 * year is over and it was not reached.
 */
export type FloorWarning = 'no-budget' | 'budget-below-floor' | 'not-in-reach' | 'missed';

export interface FloorOutlook extends BudgetFloorProgress {
  /** What is granted plus the most the claims still in review could be granted. */
  inReach: string;
  /** Days from today to 31 December of the year (China time), 0 once the year is over. */
  daysLeft: number;
  warning: FloorWarning | null;
}

/**
 * A budget floor's year so far (M4.2: at least 100万元 a year): granted against the floor, and a
 * warning when, as things stand on `today` (China time), the floor will not be reached by the end
 * of the year. A year not yet begun is judged like one in progress.
 */
export function floorOutlook(o: {
  floor: MoneyInput;
  granted: MoneyInput;
  inReview: MoneyInput;
  budgetTotal: MoneyInput | null;
  year: number;
  today: CalendarDate;
}): FloorOutlook {
  const progress = budgetFloorProgress(o.floor, o.granted);
  const floor = Money.of(o.floor);
  const inReach = Money.of(o.granted).plus(Money.of(o.inReview));
  const over = yearOf(o.today) > o.year;
  const daysLeft = over ? 0 : Math.max(0, daysBetween(o.today, `${o.year}-12-31`));
  let warning: FloorWarning | null = null;
  if (progress.met) warning = null;
  else if (over) warning = 'missed';
  else if (o.budgetTotal === null) warning = 'no-budget';
  else if (Money.of(o.budgetTotal).compare(floor) < 0) warning = 'budget-below-floor';
  else if (inReach.compare(floor) < 0) warning = 'not-in-reach';
  return { ...progress, inReach: inReach.round().toString(), daysLeft, warning };
}
