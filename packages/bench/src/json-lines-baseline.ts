import { createReadStream } from 'node:fs';

/**
 * The floor under any capture reader: stream the file in 1 MiB chunks, as pcprocess does, split it into
 * lines and JSON.parse each one, and nothing else. Returns the number of lines parsed.
 */
export async function parseEachLine(path: string): Promise<number> {
  let lines = 0;
  let carry = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const parts = (carry + chunk).split('\n');
    carry = parts.pop() ?? '';
    for (const line of parts) {
      if (line === '') continue;
      JSON.parse(line);
      lines += 1;
    }
  }
  if (carry !== '') {
    JSON.parse(carry);
    lines += 1;
  }
  return lines;
}
