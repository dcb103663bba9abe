/**
 * HTML built only through the `html` tag: every interpolated value is escaped unless it is
 * itself SafeHtml made by this tag. Pages never concatenate strings into markup.
 */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => ESCAPES[char] ?? char);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(out);
}

// What can change the direction of the text around it: the bidi controls (overrides,
// embeddings, isolates, marks) and right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko,
// Adlam and the rest of the right-to-left blocks, with their presentation forms).
const DIRECTIONAL =
  /[\p{Bidi_Control}\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * Text that people typed or that came from an LMS (names, school names, project titles),
 * isolated for display between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (Unicode
 * UAX #9), the characters `<bdi>` stands for: inside, the text takes its own direction (an
 * Arabic name reads right to left) and an override such as U+202E ends at the isolate, so it
 * cannot reorder the words around it and make one name read as another. Characters rather
 * than `<bdi>` because user text also appears where markup cannot: attributes, `<option>`,
 * `<title>`, the parameters of translated sentences. Text with nothing directional is left as
 * it is, since every page is in a left-to-right language. Never for form values.
 */
export function userText(text: string): string {
  return DIRECTIONAL.test(text) ? `\u2068${text}\u2069` : text;
}
