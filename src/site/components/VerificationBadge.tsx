import React from 'react';
import type { CompiledProvision } from '../../lib/schema/compiled';
import { enumLabel } from '../../lib/present/enum-labels';

/** A badge for a record's verification status; the title says what the status means. */
export function VerificationBadge({
  status,
}: {
  status: CompiledProvision['verification']['status'];
}): React.JSX.Element {
  const meaning: Record<typeof status, string> = {
    verified: 'Every recorded fact was read in the official text or a faithful mirror of it.',
    partial: 'Some facts rest on secondary sources only.',
    unverified: 'Not yet checked against the text of the law.',
  };
  return (
    <span className={`badge verification verification--${status}`} title={meaning[status]}>
      {enumLabel('verification', status)}
    </span>
  );
}
