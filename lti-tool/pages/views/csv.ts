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
  // Spreadsheets open a double-clicked CSV by the reader's regional settings: without a byte
  // order mark Excel reads UTF-8 as a legacy code page ("LycÃ©e"), and where a comma is the
  // decimal mark (every interface language but English) it expects ";" between cells.
  const delimiter = ctx.t.locale === "en" ? "," : ";";
  ctx.res
    .status(200)
    .type("text/csv; charset=utf-8")
    .attachment(spec.filename)
    .write(stringify([spec.header], { bom: true, delimiter }));
  let batch = spec.first;
  for (;;) {
    ctx.res.write(stringify(spec.rows(batch), { delimiter }));
    if (!batch.next) break;
    batch = await spec.after(batch.next);
  }
  ctx.res.end();
}
