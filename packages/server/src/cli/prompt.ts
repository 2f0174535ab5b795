import { createInterface } from 'node:readline';
import { askHidden } from '@perfanalysis/shared';

/** Asks on the terminal without echoing what is typed (for passwords). */
export function promptHidden(question: string): Promise<string> {
  return askHidden(
    createInterface({ input: process.stdin, output: process.stderr, terminal: true }),
    question,
  );
}
