import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../lib/api-error.js';
import type { AppEnv } from '../lib/context.js';

/** Deeper JSON than any request of the API needs (a claim is five levels); deeper is refused unread. */
export const MAX_JSON_DEPTH = 32;

type Problem = 'control' | 'surrogate' | 'bidi' | 'invisible';

const PROBLEMS: Record<Problem, { zh: string; en: string }> = {
  control: { zh: '含有空字符或控制字符', en: 'contains a NUL or control character' },
  surrogate: {
    zh: '含有无效的 Unicode（不成对的代理项）',
    en: 'contains invalid Unicode (a lone surrogate)',
  },
  bidi: {
    zh: '含有双向文本控制符（可使显示顺序与实际内容不符）',
    en: 'contains a bidirectional override (text that displays other than it reads)',
  },
  invisible: { zh: '只由不可见字符组成', en: 'consists of invisible characters only' },
};

// C0 controls but tab, line feed and carriage return; DEL. (NUL cannot even be stored in PostgreSQL text.)
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Embeddings, overrides and isolates (the "Trojan Source" characters); the plain marks LRM/RLM stay allowed.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
// Something a person can see: not white space, not a format character (zero-width space, joiners,
// BOM…), not one of the fillers that render as nothing (Hangul fillers, braille blank).
const VISIBLE = /[^\s\p{Cf}\u115F\u1160\u3164\uFFA0\u2800\u180E]/u;

/** What is wrong with a string, if anything. Blank strings are the schemas' business (they trim). */
export function stringProblem(s: string): Problem | null {
  if (CONTROL.test(s)) return 'control';
  if (LONE_SURROGATE.test(s)) return 'surrogate';
  if (BIDI.test(s)) return 'bidi';
  if (s.trim() !== '' && !VISIBLE.test(s)) return 'invisible';
  return null;
}

function refuse(path: string, problem: Problem): ApiError {
  const p = PROBLEMS[problem];
  return new ApiError(
    400,
    'INVALID_CHARACTERS',
    `字段 ${path} ${p.zh}，请删除后重试。`,
    `The field ${path} ${p.en}; remove it and try again.`,
    [{ path, problem }],
  );
}

/** Nesting depth of JSON text, counted without parsing it (so a 20,000-deep body costs one pass). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) max = Math.max(max, ++depth);
    else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return max;
}

/** Every string of a parsed JSON value, keys too, with the path a person can find it by. */
function check(value: unknown, path: string): void {
  if (typeof value === 'string') {
    const problem = stringProblem(value);
    if (problem) throw refuse(path || 'body', problem);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => check(v, path ? `${path}.${i}` : String(i)));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const keyProblem = stringProblem(k);
      if (keyProblem) throw refuse(path ? `${path} (key)` : 'body (key)', keyProblem);
      check(v, path ? `${path}.${k}` : k);
    }
  }
}

const malformed = (zh: string, en: string) => new ApiError(400, 'MALFORMED_REQUEST', zh, en);

/**
 * Input hygiene at the boundary, before any schema or handler sees a request: JSON bodies must be
 * UTF-8, at most MAX_JSON_DEPTH deep, and no string in them (keys included) nor in the query or the
 * path may hold NUL or control characters, lone surrogates or bidirectional overrides, or be made of
 * invisible characters only. Each is 400 with the field named — never a 500 from the database or a
 * recursion, and never a name stored that displays as nothing or as something else.
 */
export const inputHygiene: MiddlewareHandler<AppEnv> = async (c, next) => {
  for (const segment of c.req.path.split('/')) {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw malformed('请求地址含有无效的编码。', 'The address holds an invalid percent-encoding.');
    }
    const problem = stringProblem(decoded);
    if (problem) throw refuse('path', problem);
  }
  for (const [name, values] of Object.entries(c.req.queries())) {
    const keyProblem = stringProblem(name);
    if (keyProblem) throw refuse('query (key)', keyProblem);
    for (const v of values) {
      const problem = stringProblem(v);
      if (problem) throw refuse(`query.${name}`, problem);
    }
  }
  const type = c.req.header('content-type') ?? '';
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && /^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    // Read once here, as bytes: the check below needs them strictly UTF-8.
    const bytes = await c.req.arrayBuffer();
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw malformed('请求体不是有效的 UTF-8 文本。', 'The request body is not valid UTF-8.');
    }
    // The validator reads the text (c.req.json()): kept as text, it is not decoded again through a
    // web Response built around the bytes, as Hono does for a body cached in another form.
    (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      throw malformed(
        `JSON 嵌套超过 ${MAX_JSON_DEPTH} 层。`,
        `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep.`,
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined; // the validator answers malformed JSON in its own words
    }
    check(parsed, '');
  }
  await next();
};
