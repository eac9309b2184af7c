import React from 'react';
import type { CompiledProvision } from '../../lib/schema/compiled';
import { enumLabel } from '../../lib/present/enum-labels';
import { useTranslator } from '../i18n/useTranslator';

/** A badge for a record's verification status; the title says what the status means. */
export function VerificationBadge({
  status,
}: {
  status: CompiledProvision['verification']['status'];
}): React.JSX.Element {
  const tr = useTranslator();
  return (
    <span
      className={`badge verification verification--${status}`}
      title={tr.t(`verification.meaning.${status}`)}
    >
      {enumLabel(tr, 'verification', status)}
    </span>
  );
}
