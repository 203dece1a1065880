/** A response body read as loosely typed JSON, for assertions in tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export async function readJson(res: Response): Promise<Json> {
  return res.json();
}
