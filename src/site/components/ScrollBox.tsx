import React from 'react';

/**
 * A wide table's own scroll area: the table scrolls sideways inside it (never the whole page on
 * a phone), its header row and first column stay in view, and keyboard users can focus it to
 * scroll with the arrow keys.
 */
export function ScrollBox({
  label,
  children,
}: {
  label: string;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    // A focusable region is how keyboard users reach a scrolling area (WCAG 2.1.1).
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
