import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, messageOf } from './api/client.js';

export interface AsyncState<T> {
  readonly data: T | undefined;
  readonly error: string | undefined;
  readonly loading: boolean;
  /** The HTTP status of the failure (404: nothing there), 0 when the server could not be reached. */
  readonly status: number | undefined;
  /** Loads again; `quiet` keeps the current data on screen meanwhile (live refresh). */
  readonly reload: (quiet?: boolean) => void;
}

/**
 * Runs `load` when `deps` change and keeps its answer, its error (in words) and whether it is loading. A
 * newer load wins over an older one still in flight, which is aborted.
 */
export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [status, setStatus] = useState<number | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  const quietRef = useRef(false);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    if (!quietRef.current) setLoading(true);
    quietRef.current = false;
    loadRef
      .current(controller.signal)
      .then((value) => {
        if (controller.signal.aborted) return;
        performance.mark('pa:data');
        setData(value);
        setError(undefined);
        setStatus(undefined);
        setLoading(false);
      })
      .catch((failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(messageOf(failure) || undefined);
        setStatus(failure instanceof ApiFailure ? failure.status : undefined);
        setLoading(false);
      });
    return () => controller.abort();
  }, [...deps, generation]);

  const reload = useCallback((quiet = false) => {
    quietRef.current = quiet;
    setGeneration((n) => n + 1);
  }, []);
  return { data, error, loading, status, reload };
}
