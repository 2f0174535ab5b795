/** Where pcc talks to a person: a status line redrawn in place on a terminal, warnings and results. */
export interface Terminal {
  status(line: string): void;
  clearStatus(): void;
  warn(message: string): void;
  print(text: string): void;
}

export function processTerminal(quiet: boolean): Terminal {
  // In quiet mode the standard streams are not even touched until a warning: they cost memory to set up.
  const live = !quiet && process.stderr.isTTY === true;
  let shown = false;
  const clear = (): void => {
    if (shown) process.stderr.write('\r\x1b[K');
    shown = false;
  };
  return {
    status: (line) => {
      if (!live) return;
      const width = process.stderr.columns || 120;
      process.stderr.write(`\r\x1b[K${line.slice(0, width - 1)}`);
      shown = true;
    },
    clearStatus: clear,
    warn: (message) => {
      clear();
      process.stderr.write(`pcc: warning: ${message}\n`);
    },
    print: (text) => {
      if (!quiet) process.stdout.write(`${text}\n`);
    },
  };
}
