import ExcelJS from 'exceljs';
import type { AppEnv, Ctx } from './context.js';
import { fileResponse } from './evidence-upload.js';
import { checkZip } from './zip-limits.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A workbook sent for download under the name officials file it by (Chinese, e.g. 2026年度专利优先
 * 审查推荐名单.xlsx), with an ASCII name for clients that cannot read the UTF-8 one.
 */
export async function workbookResponse<E extends AppEnv>(
  c: Ctx<E>,
  sheets: SheetSpec[],
  { name, asciiName }: { name: string; asciiName: string },
) {
  return fileResponse(c, await workbook(sheets), `${name}.xlsx`, XLSX_MIME, {
    asciiName: `${asciiName}.xlsx`,
  });
}

/**
 * A text that a spreadsheet would run as a formula (=, +, -, @, or a tab/CR before them) is
 * written with a leading apostrophe, so an enterprise name like "=HYPERLINK(…)" stays text
 * (OWASP: CSV/formula injection). Numbers are written as numbers only when the caller says so.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface SheetSpec {
  name: string;
  columns: { header: string; key: string; width?: number; money?: boolean }[];
  rows: Record<string, string | number>[];
}

/** An .xlsx workbook: text through safeCell(); money columns as exact decimal text with a number format hint. */
export async function workbook(sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Huiqi';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.columns = s.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 16 }));
    for (const r of s.rows) {
      ws.addRow(
        Object.fromEntries(
          s.columns.map((c) => [
            c.key,
            typeof r[c.key] === 'string' ? safeCell(r[c.key] as string) : r[c.key],
          ]),
        ),
      );
    }
    ws.getRow(1).font = { bold: true };
    // Money stays a decimal string (exact to the fen); right-aligned so it reads as an amount.
    s.columns.forEach((c, i) => {
      if (c.money) ws.getColumn(i + 1).alignment = { horizontal: 'right' };
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Reads the first sheet of an .xlsx back as rows of text (for tests and imports). The package is
 * checked first (entries, inflated size, ratio: zip-limits.ts), so a zip bomb is refused before
 * ExcelJS unpacks anything.
 */
export async function readSheet(data: Uint8Array): Promise<string[][]> {
  return (await readSheets(data, 1))[0] ?? [];
}

/** Every sheet of an .xlsx (or the first `limit`), each as rows of text; checked like readSheet. */
export async function readSheets(data: Uint8Array, limit = Infinity): Promise<string[][][]> {
  await checkZip(data);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.worksheets.slice(0, limit).map((ws) => {
    const out: string[][] = [];
    ws.eachRow((row) => {
      const cells = (row.values as unknown[]).slice(1);
      out.push(cells.map((v) => (v === null || v === undefined ? '' : String(v))));
    });
    return out;
  });
}
