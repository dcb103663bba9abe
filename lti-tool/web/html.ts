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

/**
 * Text that people typed or that came from an LMS (names, school names, project titles),
 * isolated for display: FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Unicode UAX #9), the
 * characters `<bdi>` stands for. Inside, the text takes its own direction (an Arabic name
 * reads right to left) and an override such as U+202E it carries ends at the isolate, so it
 * cannot reorder the words around it and make one name read as another. Characters rather
 * than `<bdi>` because user text also appears where markup cannot: attributes, `<option>`,
 * `<title>`, and the parameters of translated sentences. Never for form values.
 */
export function userText(text: string): string {
  return text === "" ? "" : `\u2068${text}\u2069`;
}
