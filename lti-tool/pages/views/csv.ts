import { stringify } from "csv-stringify/sync";
import type { PageContext } from "../context.ts";

/** Spreadsheets run cells starting with = + - @ as formulas: such a value is kept as text. */
export function cell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Sends a list as CSV, walking the same keyset pages as the screen. The first batch is read
 * (and authorised) by the caller before any byte is sent, so a refusal is still a page.
 */
export async function sendCsv<Batch extends { next: string | undefined }>(
  ctx: PageContext,
  spec: {
    filename: string;
    header: string[];
    first: Batch;
    rows: (batch: Batch) => string[][];
    after: (cursor: string) => Promise<Batch>;
  },
): Promise<void> {
  ctx.res
    .status(200)
    .type("text/csv; charset=utf-8")
    .attachment(spec.filename)
    .write(stringify([spec.header]));
  let batch = spec.first;
  for (;;) {
    ctx.res.write(stringify(spec.rows(batch)));
    if (!batch.next) break;
    batch = await spec.after(batch.next);
  }
  ctx.res.end();
}
