import { useState } from 'preact/hooks';

/** A value to copy (an API key, a command), with a button that copies it and says so. */
export function CopyField({
  value,
  label,
  multiline = false,
}: {
  value: string;
  label: string;
  multiline?: boolean;
}) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard permission (plain http): select the text so Ctrl-C works.
      const field = document.querySelector<HTMLElement>(`[data-copy="${CSS.escape(label)}"]`);
      if (field) window.getSelection()?.selectAllChildren(field);
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div class="copy-field">
      <div class="copy-label">{label}</div>
      <div class="copy-row">
        <code class={multiline ? 'copy-value multiline' : 'copy-value'} data-copy={label}>
          {value}
        </code>
        <button type="button" class="button button-small" onClick={copy} aria-label={`Copy ${label}`}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}
