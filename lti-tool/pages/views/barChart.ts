import { html, type SafeHtml } from "../../web/html.ts";

/**
 * A bar chart drawn on the server as SVG, for figures by month. Our own small module rather
 * than a library: the charting libraries render in a browser (canvas or a DOM), and this page
 * runs no script; a column of bars over a nice scale is a few lines of arithmetic. It is an
 * image with an accessible name (<title>) and summary (<desc>), and the numbers follow as a
 * table for screen readers, so nothing is said only by the drawing.
 */
export interface BarChartSpec {
  /** Unique on the page: ids of the title and description derive from it. */
  id: string;
  title: string;
  /** One sentence saying what the bars show (the range and the peak). */
  description: string;
  /** Column heading of the table: what each label is (e.g. "Month") and what each value is. */
  labelHeading: string;
  valueHeading: string;
  labels: readonly string[];
  /** One value per label; undefined where there is none (no bar, and `noValue` in its place). */
  values: readonly (number | undefined)[];
  /** Said for a label without a value (e.g. "no decision"); needed when a value may be undefined. */
  noValue?: string;
  /** How a value is written in the table and the bars' titles (e.g. one decimal, in the page's language). */
  format?: (value: number) => string;
  /** Labels drawn under the axis: every n-th, so they never overlap. */
  labelEvery?: number;
}

const WIDTH = 720;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 36;

/** A round top for the axis and its step (1, 2 or 5 times a power of ten), at most five lines. */
export function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const whole = Math.max(1, Math.round(step));
  return { top: Math.ceil(max / whole) * whole, step: whole };
}

export function barChart(spec: BarChartSpec): SafeHtml {
  const { top, step } = niceScale(Math.max(0, ...spec.values.map((value) => value ?? 0)));
  const said = (value: number | undefined) =>
    value === undefined ? (spec.noValue ?? "") : (spec.format?.(value) ?? String(value));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const band = plotWidth / Math.max(1, spec.values.length);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const every = spec.labelEvery ?? 1;
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
  return html`<figure class="chart" aria-labelledby="${spec.id}-heading">
    <h2 id="${spec.id}-heading">${spec.title}</h2>
    <svg
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      width="100%"
      role="img"
      aria-labelledby="${spec.id}-title"
      aria-describedby="${spec.id}-desc"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="${spec.id}-title">${spec.title}</title>
      <desc id="${spec.id}-desc">${spec.description}</desc>
      ${ticks.map(
        (
          tick,
        ) => html`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(tick)}" y2="${y(tick)}" stroke="#c8c8c8" />
          <text x="${LEFT - 6}" y="${y(tick) + 4}" text-anchor="end" font-size="12" fill="#333">${tick}</text>`,
      )}
      ${spec.values.map((value, i) => {
        const x = LEFT + i * band;
        return html`${
          value === undefined
            ? ""
            : html`<rect x="${x + band * 0.15}" y="${y(value)}" width="${band * 0.7}" height="${y(0) - y(value)}" fill="#1d5fa8">
                <title>${spec.labels[i] ?? ""}: ${said(value)}</title>
              </rect>`
        }
          ${
            i % every === 0
              ? html`<text x="${x + band / 2}" y="${HEIGHT - BOTTOM + 16}" text-anchor="middle" font-size="11" fill="#333">
                  ${spec.labels[i] ?? ""}
                </text>`
              : ""
          }`;
      })}
    </svg>
    <table class="vh">
      <caption>${spec.title}</caption>
      <thead>
        <tr>
          <th scope="col">${spec.labelHeading}</th>
          <th scope="col">${spec.valueHeading}</th>
        </tr>
      </thead>
      <tbody>
        ${spec.values.map(
          (value, i) => html`<tr>
            <th scope="row">${spec.labels[i] ?? ""}</th>
            <td>${said(value)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}
