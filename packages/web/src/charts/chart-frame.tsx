import { formatValue } from '@perfanalysis/shared/units';
import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { saveBlob } from '../api/save-file.js';
import { Swatch } from '../components/swatch.js';
import { chartLink, chartSlug, readRange } from '../lib/range-url.js';
import type { SeriesStats } from '../lib/series-stats.js';
import type { Window } from '../lib/time-range.js';
import { setQuery, useLocation } from '../router.js';

/** What a chart's frame shows of each series: its colour, its name and its figures over the window. */
export interface FrameSeries {
  readonly label: string;
  readonly color: string;
  readonly stats: SeriesStats;
}

/** Whether the chart titled `title` is the one shown full screen (the address's `view`), and how to switch. */
export function useChartView(title: string): {
  slug: string;
  full: boolean;
  setFull: (full: boolean) => void;
} {
  const { query } = useLocation();
  const slug = chartSlug(title);
  const full = readRange(query).view === slug;
  return { slug, full, setFull: (on) => setQuery({ view: on ? slug : undefined }, false) };
}

/** The height of a chart's plot full screen: the window less its header and legend. */
export function fullHeight(seriesCount: number): number {
  return Math.max(240, window.innerHeight - 150 - Math.min(seriesCount, 6) * 26);
}

export interface ChartFrameProps {
  readonly title: string;
  readonly subtitle?: string | undefined;
  readonly unit: string;
  readonly series: readonly FrameSeries[];
  /** The series shown alone, or undefined when all show. */
  readonly isolated: number | undefined;
  readonly onIsolate: (index: number | undefined) => void;
  /** The window shown, for the link to this chart; undefined where the x axis is not time. */
  readonly window: Window | undefined;
  readonly csv: () => string;
  readonly png: () => Promise<Blob | null>;
  readonly rootRef: Ref<HTMLElement>;
  /** The plot and what to show when there is no data. */
  readonly children: ComponentChildren;
  readonly full: boolean;
  readonly setFull: (full: boolean) => void;
  readonly slug: string;
}

/**
 * A chart's card: title, resolution and the time at the cursor; tools (full screen, PNG, CSV, a link to this
 * chart and window); and a legend table whose entries isolate a series and give its min, mean and max.
 */
export function ChartFrame(props: ChartFrameProps) {
  const [copied, setCopied] = useState('');
  const { full, setFull } = props;
  useEffect(() => {
    if (!full) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setFull(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [full, setFull]);
  const link = async () => {
    const href = chartLink(location.href, props.slug, props.window);
    const done = await navigator.clipboard?.writeText(href).then(
      () => true,
      () => false,
    );
    setCopied(done ? 'Link copied' : `Link: ${href}`);
  };
  const file = props.slug || 'chart';
  return (
    <section
      class={full ? 'chart card chart-full' : 'chart card'}
      aria-label={props.title}
      ref={props.rootRef}
      data-chart={props.slug}
    >
      <header class="chart-head">
        <h3>{props.title}</h3>
        {props.subtitle && <span class="chart-sub">{props.subtitle}</span>}
        <div class="chart-tools">
          <button
            type="button"
            class="tool"
            aria-pressed={full}
            aria-label={full ? 'Exit full screen' : 'Full screen'}
            title={full ? 'Exit full screen (Escape)' : 'Full screen'}
            onClick={() => setFull(!full)}
          >
            {full ? '✕' : '⤢'}
          </button>
          <button
            type="button"
            class="tool"
            title="Download this chart as a PNG image"
            onClick={() => props.png().then((blob) => blob && saveBlob(`${file}.png`, blob))}
          >
            PNG
          </button>
          <button
            type="button"
            class="tool"
            title="Download what this chart shows as CSV"
            onClick={() => saveBlob(`${file}.csv`, new Blob([props.csv()], { type: 'text/csv' }))}
          >
            CSV
          </button>
          <button
            type="button"
            class="tool"
            aria-label="Copy link"
            title="Copy a link to this chart over this window"
            onClick={link}
          >
            Link
          </button>
        </div>
        <span class="legend-time" data-legend-time="" />
      </header>
      {copied && (
        <p class="chart-note" role="status">
          {copied}
        </p>
      )}
      {props.children}
      <LegendTable {...props} />
    </section>
  );
}

/** Many series (64 CPUs) scroll inside the legend rather than make the chart a page long. */
function LegendTable({ series, isolated, onIsolate, unit }: ChartFrameProps) {
  return (
    <div class="legend-scroll">
      <table class="legend legend-table">
        <thead>
          <tr>
            <th scope="col">Series</th>
            <th scope="col" class="num">
              Value
            </th>
            <th scope="col" class="num">
              Min
            </th>
            <th scope="col" class="num">
              Mean
            </th>
            <th scope="col" class="num">
              Max
            </th>
          </tr>
        </thead>
        <tbody>
          {series.map((s, i) => (
            <tr key={s.label} class={isolated !== undefined && isolated !== i ? 'off' : ''}>
              <th scope="row">
                <button
                  type="button"
                  class="legend-item"
                  aria-pressed={isolated === i}
                  title={isolated === i ? 'Click to show every series' : `Click to show ${s.label} alone`}
                  onClick={() => onIsolate(isolated === i ? undefined : i)}
                >
                  <Swatch color={s.color} />
                  <span class="legend-label">{s.label}</span>
                </button>
              </th>
              <td class="num legend-value" data-legend-value="">
                –
              </td>
              <td class="num" data-stat="min">
                {formatValue(s.stats.min, unit)}
              </td>
              <td class="num" data-stat="mean">
                {formatValue(s.stats.mean, unit)}
              </td>
              <td class="num" data-stat="max">
                {formatValue(s.stats.max, unit)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
