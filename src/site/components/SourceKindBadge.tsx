import React from 'react';
import type { Source } from '../../lib/schema/source';
import { useTranslator } from '../i18n/useTranslator';

/** "Official" or "Secondary", styled by kind, in the reader's language. */
export function SourceKindBadge({ kind }: { kind: Source['kind'] }): React.JSX.Element {
  const tr = useTranslator();
  return (
    <span className={`badge source--${kind}`}>
      {tr.t(kind === 'official' ? 'sources.official' : 'sources.secondary')}
    </span>
  );
}
