import { collator, LANGUAGES, languageName, SUBJECTS, type Translator } from "../../../core/index.ts";
import type { Option } from "./fields.ts";

/** Pickers sorted by their names in the reader's language. */
export function subjectOptions(t: Translator): Option[] {
  return sorted(
    t,
    SUBJECTS.map((code) => ({ value: code, label: t.t(`subject.${code}`) })),
  );
}

export function languageOptions(t: Translator): Option[] {
  return sorted(
    t,
    LANGUAGES.map((code) => ({ value: code, label: languageName(code, t.locale) })),
  );
}

export function countryOptions(t: Translator, list: readonly { code: string; name: string }[]): Option[] {
  return list.map(({ code, name }) => ({ value: code, label: name }));
}

function sorted(t: Translator, options: Option[]): Option[] {
  return options.sort((a, b) => collator(t.locale).compare(a.label, b.label));
}
