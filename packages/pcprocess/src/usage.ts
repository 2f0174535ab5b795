import { readFileSync } from 'node:fs';
import { DEFAULT_DEVICE_FILTERS } from '@perfanalysis/shared';

/** The version in pcprocess's package.json. */
export function packageVersion(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
  const { version } = JSON.parse(text) as { version?: unknown };
  return typeof version === 'string' ? version : 'unknown';
}

const d = DEFAULT_DEVICE_FILTERS;

/** The text of `pcprocess --help`. */
export const USAGE = `Usage: pcprocess [options]

Converts a capture file written by pcc into CSV files: host.csv (one row per sample, the seed's
19 columns first), cpus.csv, disks.csv, networks.csv, filesystems.csv, temperatures.csv,
containers.csv (one row per container and sample) and container_names.json (container id to name).
The capture may be JSON Lines, gzip-compressed JSON Lines or a JSON array; plain JSON Lines of
16 MiB or more are converted by a worker thread per core. The files appear only once all of them
are complete; a failed run leaves the output directory as it was.

Options (a flag overrides its environment variable):
  --collection FILE           the capture file                       PCR_COLLECTION (required)
  --outdir DIR                where the CSV files go                 PCR_OUTDIR
                              (default: a csv directory beside the capture file)
  --disk-exclude RE           block devices not reported             PCR_DISK_EXCLUDE
                              (default: ${d.diskExclude.source})
  --disk-totals-exclude RE    block devices left out of the totals   PCR_DISK_TOTALS_EXCLUDE
                              (default: ${d.diskTotalsExclude.source})
  --net-totals-exclude RE     interfaces left out of the totals      PCR_NET_TOTALS_EXCLUDE
                              (default: ${d.netTotalsExclude.source})
  -q, --quiet                 no progress bar and no summary
  -h, --help                  show this help
  --version                   show the version

Example:
  PCR_COLLECTION=results/test/loadtest.json PCR_OUTDIR=results/test/csv pcprocess

Exit status: 0 done, 1 failed, 2 bad usage.
`;
