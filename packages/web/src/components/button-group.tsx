import type { ComponentChildren } from 'preact';

/** Buttons that belong together (ranges, alignments, statistics), named for assistive technology. */
export function ButtonGroup({
  label,
  class: className,
  children,
}: {
  label: string;
  class: string;
  children: ComponentChildren;
}) {
  return (
    <fieldset class={`button-group ${className}`} aria-label={label}>
      {children}
    </fieldset>
  );
}
