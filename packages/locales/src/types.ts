/** The languages of Huiqi: Chinese first (the default, in every first load), English loaded when chosen. */
export type Language = 'zh-CN' | 'en';
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** A text in both languages, as the domain names provisions, areas and roles and as errors carry it. */
export type Bilingual = { zh: string; en: string };

/**
 * What a translation of the catalog `T` must be: the same keys, nested the same way, every leaf a
 * string. `en` catalogs are declared `satisfies Catalog<typeof zhCN>`, so a key missing in English
 * (or one that Chinese does not have) is a type error.
 */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

/** Every key of a catalog as vue-i18n writes it: `'claims.withdraw'`. */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];

/** Values filled into `{name}` in a message. */
export type Named = Record<string, string | number>;

/** A translate function that accepts only the keys of the catalog `T`. */
export type Translate<T> = (key: MessageKey<T>, named?: Named) => string;

/**
 * `B` may add namespaces and keys to `A` but may not redefine a message of `A`: an app's catalog
 * extends the shared one (`common.year` beside the shared `common.cancel`), never shadows it.
 */
export type NoClash<A, B> = {
  [K in keyof B]: K extends keyof A
    ? A[K] extends string
      ? never
      : B[K] extends string
        ? never
        : NoClash<A[K], B[K]>
    : B[K];
};

type Tree = { [key: string]: string | Tree };

/** The shared catalog and an app's catalog as one (deep: namespaces present in both are merged). */
export function mergeCatalogs<A extends object, B extends NoClash<A, B>>(a: A, b: B): A & B {
  const out: Tree = { ...(a as Tree) };
  for (const [key, value] of Object.entries(b as Tree)) {
    const mine = out[key];
    out[key] = typeof mine === 'object' && typeof value === 'object' ? mergeCatalogs(mine, value) : value;
  }
  return out as A & B;
}

/** A text of the domain (`{ zh, en }`) in the reader's language. */
export function localized(text: Bilingual, language: Language | string): string {
  return text[bilingualKey(language)];
}

/** Which half of a `{ zh, en }` text the reader reads (the domain's functions take `'zh' | 'en'`). */
export function bilingualKey(language: Language | string): keyof Bilingual {
  return language === 'en' ? 'en' : 'zh';
}

/**
 * The reader's text of a validation issue the domain raised with `params: { zh, en }` (zod custom
 * issues), or `undefined` when the issue has none.
 */
export function issueText(issue: object, language: Language | string): string | undefined {
  const params = (issue as { params?: Partial<Bilingual> }).params;
  return params?.[bilingualKey(language)];
}

/** The message at `key` of a catalog with `{name}` filled in; the key itself when there is none. */
export function lookup(catalog: object, key: string, named: Named = {}): string {
  const text = key
    .split('.')
    .reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], catalog);
  return typeof text === 'string'
    ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(named[k] ?? ''))
    : key;
}
