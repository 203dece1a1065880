import * as z from 'zod/mini';

const camelKey = z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, 'keys are camelCase'));
const slug = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and dashes'));
const localized = z.strictObject({
  zh: z.string().check(z.minLength(1, 'needs Chinese text')),
  en: z.string().check(z.minLength(1, 'needs English text')),
});

/**
 * What a record form asks, as data. Values cross every boundary as JSON: `text` and `long-text`
 * strings, `date` "YYYY-MM-DD", `year` a whole number, `money` a decimal string ("1234.50"),
 * `count` a whole number, `choice` one of `options`, `jurisdiction` a country or office code the
 * domain knows (jurisdictions/), `enterprise` and `enterprises` ids of enterprises of the registry,
 * `names` a list of names (founders, banks), `ip-items` {kind: patent|trademark|copyright, number}.
 */
export const RECORD_FIELD_INPUTS = [
  'text',
  'long-text',
  'date',
  'year',
  'money',
  'count',
  'choice',
  'jurisdiction',
  'enterprises',
  'names',
  'ip-items',
] as const;

export const recordFieldSchema = z.strictObject({
  key: camelKey,
  input: z.enum(RECORD_FIELD_INPUTS),
  label: localized,
  hint: z.optional(localized),
  /** May be left empty (every other field is required). */
  optional: z.optional(z.boolean()),
  /** Filled when the record is closed (a case followed to closure), not when it is opened. */
  atClose: z.optional(z.boolean()),
  /** choice: the values and how they are named. */
  options: z.optional(
    z.array(z.strictObject({ value: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)), label: localized })),
  ),
  /** date: may not be before this other date field. */
  notBefore: z.optional(camelKey),
  /** money: zero is refused. */
  positive: z.optional(z.boolean()),
  /** lists (enterprises, names, ip-items): at least this many. */
  minItems: z.optional(z.int().check(z.gte(1), z.lte(50))),
});

/** Who keeps a kind of record: an enterprise of its own, an agency for the enterprises it serves, a city or the region. */
export const RECORDERS = ['enterprise', 'agency', 'city', 'region'] as const;

export const recordKindSchema = z.strictObject({
  /** Unique in the version; the API and the pages name the kind by it. */
  id: slug,
  label: localized,
  /** What one record is, for the page's heading. */
  summary: localized,
  /** Each record is about one enterprise of the registry (its area scopes it) or about none (a fund, a product). */
  subject: z.enum(['enterprise', 'none']),
  recordedBy: z.array(z.enum(RECORDERS)).check(z.minLength(1)),
  /**
   * A specialised flow keeps these records (its own API and pages: M9.3's adjudication cases), not the
   * generic records feature; the kind is still declared here so the scorecard reads one list.
   */
  flow: z.optional(slug),
  /** Who checks a record before it counts (the city of the record's area, or the region); none: it counts as recorded. */
  verifiedBy: z.optional(z.enum(['city', 'region'])),
  /** A record is opened, followed, then closed with its `atClose` fields (a case). */
  closes: z.optional(z.boolean()),
  fields: z.array(recordFieldSchema).check(z.minLength(1)),
  /** The date field that places a record in a year (the scorecard's year). */
  dateField: camelKey,
  /**
   * A record can start its enterprise's claim under another provision, pre-filled: the claim fields
   * (by their role in that provision's rule) taken from this record's fields (M7.2 loan → M7.4 claim).
   */
  startsClaim: z.optional(
    z.strictObject({
      provision: z.string().check(z.regex(/^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/)),
      roles: z.record(camelKey, camelKey),
    }),
  ),
  /** What the scorecard counts from these records, in which unit, against which parameter. */
  counts: z.strictObject({
    unit: z.enum(['enterprises', 'records', 'people', 'events', 'CNY']),
    /** CNY: the money field summed. */
    sum: z.optional(camelKey),
    /** The provision's parameter the figure is measured against (count or floor); none where the text gives no number. */
    target: z.optional(camelKey),
    /** Only records whose choice field has this value count (a product recognized, a title passed). */
    when: z.optional(z.strictObject({ field: camelKey, equals: z.string() })),
    /** Why this is what is counted (where the policy gives no number, what the platform counts and why). */
    note: localized,
  }),
});

export type RecordField = z.infer<typeof recordFieldSchema>;
export type RecordFieldInput = RecordField['input'];
export type RecordKindData = z.infer<typeof recordKindSchema>;
export type Recorder = (typeof RECORDERS)[number];
