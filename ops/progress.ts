/** Reports how far a long task got: (done, total). */
export type Progress = (done: number, total: number) => void;

const WIDTH = 30;

/**
 * A progress bar on standard error for the operator's terminal, redrawn in place; where
 * standard error is not a terminal (a log, CI), one line per tenth, so logs stay short.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  let lastTenth = -1;
  return (done, total) => {
    const share = total === 0 ? 1 : Math.min(1, done / total);
    const text = `${label} ${Math.floor(share * 100)}% (${done}/${total})`;
    if (stream.isTTY) {
      const filled = Math.round(share * WIDTH);
      stream.write(
        `\r[${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${text}${done >= total ? "\n" : ""}`,
      );
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      stream.write(`${text}\n`);
    }
  };
}
