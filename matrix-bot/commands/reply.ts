import { html, type SafeHtml } from "../../lti-tool/web/html.ts";

/** What the bot answers: plain text for every client, sanitized HTML for clients that render it. */
export interface Reply {
  text: string;
  html: string;
}

/**
 * Builds a reply from lines written with the escaping `html` tag (the same one the pages
 * use), so anything a user wrote is escaped in the HTML, and derives the plain text from it.
 */
export function reply(...lines: SafeHtml[]): Reply {
  const body = lines.map((line) => line.value);
  return { html: body.join("<br>"), text: body.map(toPlainText).join("\n") };
}

/** A bulleted list under a heading line. */
export function listReply(heading: SafeHtml, items: SafeHtml[]): Reply {
  return {
    html: html`${heading}
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`.value,
    text: [toPlainText(heading.value), ...items.map((item) => `• ${toPlainText(item.value)}`)].join("\n"),
  };
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#96;": "`",
};

function toPlainText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|#96);/g, (entity) => ENTITIES[entity] ?? entity);
}
