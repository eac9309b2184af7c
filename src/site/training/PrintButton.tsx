import React from 'react';

/** Opens the browser's print dialog; the print style sheet turns the page into a handout. */
export function PrintButton({ label }: { label: string }): React.JSX.Element {
  return (
    <button
      type="button"
      className="button button--secondary button--sm"
      onClick={() => window.print()}
    >
      {label}
    </button>
  );
}
