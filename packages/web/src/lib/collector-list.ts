/** The collectors list's search, filters and sort, as its URL query holds them. Pure. */

/** The fields of a collector the list shows and sorts by. */
export interface ListedCollector {
  readonly machine_name: string;
  readonly site_name: string | null;
  readonly platform: string | null;
  readonly last_upload: string | null;
  readonly files_count: number;
  readonly status: string;
}

export const SORT_KEYS = ['machine', 'site', 'platform', 'upload', 'files', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ListView {
  /** Part of the machine name, any case. */
  readonly search: string;
  /** A site name ('' for collectors without one), or undefined for every site. */
  readonly site: string | undefined;
  readonly status: string | undefined;
  readonly sort: SortKey;
  readonly descending: boolean;
}

/** How the query says "collectors without a site" (an empty value would be no filter at all). */
export const NO_SITE = '(none)';

/** The view a URL query asks for: `q`, `site` (or NO_SITE), `status`, `sort` (a key, `-key` descending). */
export function viewFrom(query: URLSearchParams): ListView {
  const sort = query.get('sort') ?? '';
  const key = sort.replace(/^-/, '');
  const known = (SORT_KEYS as readonly string[]).includes(key);
  return {
    search: query.get('q') ?? '',
    site: query.get('site') === NO_SITE ? '' : query.get('site') || undefined,
    status: query.get('status') || undefined,
    sort: known ? (key as SortKey) : 'machine',
    descending: known && sort.startsWith('-'),
  };
}

const VALUE: Record<SortKey, (c: ListedCollector) => string | number | null> = {
  machine: (c) => c.machine_name,
  site: (c) => c.site_name,
  platform: (c) => c.platform,
  upload: (c) => (c.last_upload ? Date.parse(c.last_upload) : null),
  files: (c) => c.files_count,
  status: (c) => c.status,
};

/** The collectors the view shows, in its order; missing values last either way, then by machine name. */
export function applyView<T extends ListedCollector>(all: readonly T[], view: ListView): T[] {
  const needle = view.search.trim().toLowerCase();
  const shown = all.filter(
    (c) =>
      (needle === '' || c.machine_name.toLowerCase().includes(needle)) &&
      (view.site === undefined || (c.site_name ?? '') === view.site) &&
      (view.status === undefined || c.status === view.status),
  );
  const value = VALUE[view.sort];
  const text = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const compare = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : text.compare(String(a), String(b));
  return shown.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = compare(x, y);
      if (order !== 0) return view.descending ? -order : order;
    }
    return text.compare(a.machine_name, b.machine_name);
  });
}
