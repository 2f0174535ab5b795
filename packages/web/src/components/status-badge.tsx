import type { CollectorStatus } from '../api/types.js';

const TITLES: Record<CollectorStatus, string> = {
  live: 'Sent data in the last two minutes',
  idle: 'Has sent data, but not in the last two minutes',
  uploaded: 'Fed by uploaded files only: no agent has streamed to it',
  'never seen': 'Has never sent data: install pcc with its API key, or upload a capture',
};

export function StatusBadge({ status }: { status: CollectorStatus }) {
  return (
    <span class={`badge badge-${status.replace(' ', '-')}`} title={TITLES[status]}>
      {status === 'live' && <span class="pulse" aria-hidden="true" />}
      {status}
    </span>
  );
}
