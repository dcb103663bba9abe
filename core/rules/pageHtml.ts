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
  },
  // An image or a video whose address was refused is dropped whole, not left as an empty box.
  exclusiveFilter: (frame) => (frame.tag === "img" || frame.tag === "iframe") && !frame.attribs["src"],
  allowedClasses: {},
  allowedStyles: {},
};

// `rel` is added by the transform after the attribute filter, so it must be allowed too.
(OPTIONS.allowedAttributes as Record<string, string[]>)["a"]?.push("rel");

/**
 * The only HTML a page stores: whatever an editor, a form or a script sent, reduced to text
 * formatting, links, the project's own images and videos of the allowed providers. Scripts,
 * event handlers, styles, forms and `javascript:`/`data:` URLs are removed, not escaped.
 */
export function sanitizePageHtml(dirty: string): string {
  return sanitizeHtml(dirty, OPTIONS).trim();
}
