import { useState } from 'preact/hooks';
import { download, messageOf } from '../api/client.js';
import { ErrorNote } from './feedback.js';

const FORMATS = [
  { value: 'html', label: 'HTML' },
  { value: 'pdf', label: 'PDF' },
  { value: 'png', label: 'PNGs (zip)' },
] as const;

/**
 * "Download report": the report of exactly what the page shows (its runs, range or zoom window, alignment,
 * statistic and baseline, as `query` names them) as HTML, PDF or a zip of the PNGs, made on the server, its
 * times in the viewer's time zone.
 */
export function ReportDownload({ query }: { query: Record<string, string | undefined> }) {
  const [format, setFormat] = useState<string>('html');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // Times in the viewer's time zone, as the dashboard shows them.
      const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
      await download(
        '/api/v1/reports/',
        { ...query, format, tz },
        `report.${format === 'png' ? 'zip' : format}`,
      );
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="report-download" onSubmit={submit}>
      <select
        aria-label="Report format"
        value={format}
        onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value)}
      >
        {FORMATS.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </select>
      <button type="submit" class="button" disabled={busy}>
        {busy ? 'Making the report…' : 'Download report'}
      </button>
      <ErrorNote message={error} />
    </form>
  );
}
