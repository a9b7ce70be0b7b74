// An account list split into batches for qualifyAccounts, and the result as CSV. Papa Parse reads and writes the CSV
// (quoted cells with commas, quotes and line breaks), so a row number here is the record the API counts as well.
import Papa from 'papaparse';

/** Rows per request: small enough that each answer comes quickly and the progress bar moves. */
export const BATCH_ROWS = 250;
/** As many accounts as the API takes in one list. */
export const MAX_ACCOUNTS = 5000;

export interface Batch {
  /** The batch as CSV with the header, ready for qualifyAccounts. */
  csv: string;
  /** Row number in the upload (header = 1) of each account in the batch, in order. */
  rows: number[];
}

export interface SplitList {
  header: string[];
  batches: Batch[];
  accounts: number;
}

export function splitAccountList(text: string, batchRows = BATCH_ROWS): SplitList {
  const records = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: false }).data;
  const header = records[0] ?? [];
  const rows: { row: number; cells: string[] }[] = [];
  records.slice(1).forEach((cells, i) => {
    if (!(cells.length === 1 && cells[0].trim() === '')) rows.push({ row: i + 2, cells });
  });
  const batches: Batch[] = [];
  for (let start = 0; start < rows.length; start += batchRows) {
    const part = rows.slice(start, start + batchRows);
    batches.push({ csv: Papa.unparse([header, ...part.map((r) => r.cells)]), rows: part.map((r) => r.row) });
  }
  return { header, batches, accounts: rows.length };
}

/** A row number the API reports for a batch (header = 1) as the row number in the whole upload. */
export function uploadRow(batch: Batch, apiRow: number): number {
  return batch.rows[apiRow - 2] ?? apiRow;
}

export interface AccountResult {
  row: number;
  account: string;
  fits: string[];
  mayFit: string[];
  segments: string[];
}

/** The result as CSV for a CRM or a spreadsheet: one line per account, lists joined with "; ". */
export function resultCsv(results: AccountResult[]): string {
  return Papa.unparse({
    fields: ['row', 'account', 'fits', 'may_fit_ask_client', 'segments'],
    data: results.map((r) => [r.row, r.account, r.fits.join('; '), r.mayFit.join('; '), r.segments.join('; ')]),
  });
}
