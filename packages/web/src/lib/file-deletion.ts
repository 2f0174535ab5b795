/** What the files list says when a file is deleted: the samples it stored, and that no others go. */

const samples = (n: number): string => `${n.toLocaleString('en')} sample${n === 1 ? '' : 's'}`;

/** The confirmation, with the count of samples that will go (asked of the server just before). */
export function fileDeletionQuestion(filename: string, held: number): string {
  const what = held === 0 ? 'It holds no samples of its own' : `This deletes the ${samples(held)} it stored`;
  return `Delete ${filename}? ${what}; samples stored by the agent or by other files stay.`;
}

/** The note once done, with the count the server deleted. */
export function fileDeleted(filename: string, deleted: number): string {
  return `Deleted ${filename} and the ${samples(deleted)} it stored.`;
}
