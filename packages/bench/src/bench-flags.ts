/** The value after a flag of `npm run bench -- …` (`--only ingest,import`, `--agents 5000`), if given. */
export function optionValue(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
}
