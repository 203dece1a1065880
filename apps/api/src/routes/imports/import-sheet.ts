import { ApiError } from '../../lib/api-error.js';
import type { AppEnv, Ctx } from '../../lib/context.js';
import { readSheet } from '../../lib/spreadsheet.js';

export interface Problem {
  row: number;
  column: string;
  zh: string;
  en: string;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Reads an uploaded .xlsx into rows keyed by column, by the headers of its first row (Chinese or
 * English names). A missing column or a file that is not a workbook is refused as a whole, with
 * what to fix; row problems are reported per row and column by the caller.
 */
export async function readUpload<E extends AppEnv>(
  c: Ctx<E>,
  columns: Record<string, { zh: string; en: string; required: boolean }>,
) {
  const form = await c.req.parseBody().catch(() => {
    throw new ApiError(
      400,
      'MALFORMED_UPLOAD',
      '上传格式错误：请以 multipart/form-data 的 file 字段上传 .xlsx 文件。',
      'Malformed upload: send the .xlsx as multipart/form-data field "file".',
    );
  });
  const file = form.file;
  if (!(file instanceof File) || file.size === 0)
    throw new ApiError(
      400,
      'NO_FILE',
      '请选择要导入的 Excel 文件（.xlsx）。',
      'Choose the Excel file (.xlsx) to import.',
    );
  const data = new Uint8Array(await file.arrayBuffer());
  if (data[0] !== 0x50 || data[1] !== 0x4b)
    throw new ApiError(415, 'NOT_XLSX', '只接受 Excel .xlsx 文件。', 'Only Excel .xlsx files are accepted.');
  const sheet = await readSheet(data).catch((e: unknown) => {
    if (e instanceof ApiError) throw e; // the package's limits, with their own message
    throw new ApiError(
      415,
      'NOT_XLSX',
      '文件无法作为 Excel 工作簿读取。',
      'The file cannot be read as an Excel workbook.',
    );
  });
  const header = (sheet[0] ?? []).map((h) => h.trim());
  const index: Record<string, number> = {};
  const missing: string[] = [];
  for (const [key, name] of Object.entries(columns)) {
    const i = header.findIndex(
      (h) => h === name.zh || h.toLowerCase() === name.en.toLowerCase() || h === key,
    );
    if (i >= 0) index[key] = i;
    else if (name.required) missing.push(name.zh);
  }
  if (missing.length) {
    throw new ApiError(
      422,
      'IMPORT_COLUMNS_MISSING',
      `第 1 行缺少列：${missing.join('、')}。`,
      `Row 1 lacks the columns: ${missing.join(', ')}.`,
      { missing },
    );
  }
  const rows = sheet
    .slice(1)
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((v) => v.trim() !== ''))
    .map((r) => ({
      row: r.row,
      get: (key: string) =>
        index[key] === undefined ? '' : (r.cells[index[key]!] ?? '').trim().replace(/^'/, ''),
      where: (key: string) => `${columnLetter(index[key] ?? 0)} ${columns[key]!.zh}`,
    }));
  if (rows.length > 5000)
    throw new ApiError(
      422,
      'IMPORT_TOO_LARGE',
      '一次最多导入 5000 行。',
      'At most 5,000 rows in one import.',
    );
  return rows;
}
