import type { ComponentChildren } from 'preact';

/** An error in words, with what to do about it. */
export function ErrorNote({ message, onRetry }: { message: string | undefined; onRetry?: () => void }) {
  if (!message) return null;
  return (
    <div class="note note-error" role="alert">
      <span>{message}</span>
      {onRetry && (
        <button type="button" class="button button-small" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}

export function SuccessNote({ children }: { children: ComponentChildren }) {
  return (
    <div class="note note-success" role="status">
      {children}
    </div>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <div class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {what}…
    </div>
  );
}

/** What an empty page says: what this is, and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty-state">
      <h3>{title}</h3>
      {children}
    </div>
  );
}
