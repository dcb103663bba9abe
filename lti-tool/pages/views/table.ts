import { html, type SafeHtml } from "../../web/html.ts";
import { empty } from "./feedback.ts";

export interface TableSpec {
  caption: string;
  /** For screen readers only, where a visible heading above already names the table. */
  captionHidden?: boolean;
  /** Column headings; markup (SafeHtml) for a heading said only to screen readers. */
  columns: readonly (string | SafeHtml)[];
  rows: readonly SafeHtml[];
  /** The line shown instead of the table when there are no rows. */
  whenEmpty: string;
}

/** A list as a captioned table with column headings, or one short line when it is empty. */
export function tableOrEmpty(spec: TableSpec): SafeHtml {
  if (spec.rows.length === 0) return empty(spec.whenEmpty);
  const caption = spec.captionHidden
    ? html`<caption class="vh">${spec.caption}</caption>`
    : html`<caption>${spec.caption}</caption>`;
  return html`<table>
    ${caption}
    <thead>
      <tr>
        ${spec.columns.map((column) => html`<th scope="col">${column}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${spec.rows}
    </tbody>
  </table>`;
}
