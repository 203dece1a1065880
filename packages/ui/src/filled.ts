/**
 * A list's filters as a query: only those set (a cleared select or "all" is '' or undefined, and the
 * API reads an absent filter as "any").
 */
export function filled<T extends Record<string, unknown>>(
  filters: T,
): { [K in keyof T]?: Exclude<T[K], ''> } {
  return Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== '' && v !== undefined && v !== null),
  ) as {
    [K in keyof T]?: Exclude<T[K], ''>;
  };
}
