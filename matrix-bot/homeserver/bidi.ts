/**
 * Bidirectional formatting controls: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and marks (U+200E, U+200F, U+061C). A right-to-left override in a
 * project's title or a person's name would make it read as something else in every Matrix
 * client; nothing the bot sends needs them, so they are removed.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The same value with every bidi control removed from its strings, however deep in a
 * JSON body (keys included). Anything that is not plain JSON (a Buffer being uploaded) is
 * left as it is.
 */
export function withoutBidiControls<T>(value: T): T {
  if (typeof value === "string") return value.replace(BIDI_CONTROLS, "") as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withoutBidiControls(item)) as T;
  if (value !== null && typeof value === "object" && isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [withoutBidiControls(key), withoutBidiControls(item)]),
    ) as T;
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
