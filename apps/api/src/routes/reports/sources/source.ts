import type { FigureRecord, Localized, PolicyVersion } from '@huiqi/domain';
import type { Db } from '../../../db/client.js';

/** A record behind a scorecard figure, as the drill-down shows it. */
export interface SourceRecord extends FigureRecord {
  provision: string;
  /** The day it counts on (China time), YYYY-MM-DD. */
  date: string;
  enterpriseName: string | null;
  /** What it is, in words (a service's type, an event's title, a claim's state). */
  what: Localized;
  /** The figure of its provision it counts for (a record kind's id), when the provision has several. */
  figure?: string;
  /** Where the console opens it (a claim's review page, an enterprise). */
  ref: { kind: string; id: string };
}

export interface SourceQuery {
  /** The provisions whose records are wanted (each figure's provision naming this source). */
  provisions: readonly string[];
  /** The year (China time). */
  year: number;
  /** The version in force at the end of the year (for names of service types and the like). */
  version: PolicyVersion<unknown>;
}

/**
 * A record kind the scorecard (M13.1) counts from: a provision's figure names it in its module's
 * `scorecard[].sources`, and the source answers the records of those provisions in a year. The
 * scorecard scopes, counts and pages them; a source only selects.
 */
export interface ScorecardSource {
  label: Localized;
  records(db: Db, q: SourceQuery): Promise<SourceRecord[]>;
}
