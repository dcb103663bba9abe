import sanitizeHtml from "sanitize-html";

/** Video providers a page may embed (their privacy-friendlier player hosts). */
export const VIDEO_HOSTS = ["www.youtube-nocookie.com", "www.youtube.com", "player.vimeo.com"] as const;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "u",
    "s",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "figure",
    "figcaption",
    "img",
    "iframe",
  ],
  allowedAttributes: {
    a: ["href"],
    img: ["src", "alt", "width", "height"],
    iframe: ["src", "title", "width", "height", "allowfullscreen"],
  },
  allowedSchemes: ["https", "http", "mailto"],
  // Images come from the project's own materials (relative paths): a third-party image would
  // tell another site who looks at a page of minors, and when.
  allowedSchemesByTag: { img: [], iframe: ["https"] },
  allowProtocolRelative: false,
  allowedIframeHostnames: [...VIDEO_HOSTS],
  allowIframeRelativeUrls: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // Links leave without telling the other site where they came from.
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }),
    // The player runs sandboxed, and learns the tool's origin only (the providers refuse
    // embeds without one; our pages send no referrer otherwise).
    iframe: sanitizeHtml.simpleTransform("iframe", {
      sandbox: "allow-scripts allow-same-origin allow-presentation",
      referrerpolicy: "strict-origin",
      loading: "lazy",
    }),
  },
  // An image or a video whose address was refused is dropped whole, not left as an empty box.
  exclusiveFilter: (frame) => (frame.tag === "img" || frame.tag === "iframe") && !frame.attribs["src"],
  allowedClasses: {},
  allowedStyles: {},
};

// What the transforms add must be allowed too (the attribute filter runs after them).
(OPTIONS.allowedAttributes as Record<string, string[]>)["a"]?.push("rel");
(OPTIONS.allowedAttributes as Record<string, string[]>)["iframe"]?.push(
  "sandbox",
  "referrerpolicy",
  "loading",
);

/**
 * The only HTML a page stores: whatever an editor, a form or a script sent, reduced to text
 * formatting, links, the project's own images and videos of the allowed providers. Scripts,
 * event handlers, styles, forms and `javascript:`/`data:` URLs are removed, not escaped.
 */
export function sanitizePageHtml(dirty: string): string {
  return sanitizeHtml(dirty, OPTIONS).trim();
}
