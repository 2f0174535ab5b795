/**
 * The part of a `node:readline` Interface that a hidden question uses. `_writeToOutput` is private to Node
 * (every version since 0.x has it): it is the one place where the echo of what is typed can be held back.
 * Declared here structurally, so that this package needs no Node types.
 */
export interface HiddenQuestionInterface {
  question(query: string, answer: (text: string) => void): void;
  close(): void;
}

type Echo = (text: string) => void;

/**
 * Asks `question` on a terminal readline interface without echoing what is typed (for passwords): the
 * question is shown, the keystrokes are not, and a line break follows the answer. Closes the interface.
 */
export function askHidden(rl: HiddenQuestionInterface, question: string): Promise<string> {
  const echoing = rl as unknown as { _writeToOutput: Echo };
  const write = echoing._writeToOutput;
  echoing._writeToOutput = (text: string) => write.call(rl, text.startsWith(question) ? question : '');
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      write.call(rl, '\n');
      rl.close();
      resolve(answer);
    });
  });
}
