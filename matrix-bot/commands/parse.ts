/** A chat message read as a command: `!tw reject 3f2a9c1b "Plan too vague"`. */
export interface ParsedCommand {
  /** The command word, lower-cased. */
  name: string;
  /** The words after it; double quotes keep spaces inside one argument. */
  args: string[];
  /** Everything after the command word as typed, for free text such as a rejection reason. */
  rest: string;
}

/**
 * Reads `body` as a command when it starts with `prefix` (in rooms), or as a bare command
 * in a direct message where the prefix is optional. Anything else is conversation and
 * gives undefined: the bot stays quiet.
 */
export function parseCommand(
  body: string,
  prefix: string,
  options: { prefixOptional?: boolean } = {},
): ParsedCommand | undefined {
  const trimmed = body.trim();
  let text: string;
  if (trimmed.toLowerCase().startsWith(prefix.toLowerCase())) text = trimmed.slice(prefix.length).trim();
  else if (options.prefixOptional) text = trimmed;
  else return undefined;
  const match = /^(\S+)\s*([\s\S]*)$/.exec(text);
  if (!match) return undefined;
  const rest = match[2] ?? "";
  return { name: (match[1] ?? "").toLowerCase(), args: splitWords(rest), rest: rest.trim() };
}

function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) words.push(match[1] ?? match[2] ?? "");
  return words;
}
