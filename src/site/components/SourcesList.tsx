import React from 'react';
import type { Source } from '../../lib/schema/source';
import { useTranslator } from '../i18n/useTranslator';
import { Prose } from './RichText';
import { SourceKindBadge } from './SourceKindBadge';

/** The sources a record was checked against: official ones first, each with its retrieval date. */
export function SourcesList({ sources }: { sources: readonly Source[] }): React.JSX.Element {
  const tr = useTranslator();
  const ordered = [...sources].sort((a, b) =>
    a.kind === b.kind ? 0 : a.kind === 'official' ? -1 : 1,
  );
  return (
    <ul className="sources">
      {ordered.map((source) => (
        <li key={`${source.url} ${source.title}`}>
          <SourceKindBadge kind={source.kind} />{' '}
          <a href={source.url} rel="noopener noreferrer">
            {source.title}
          </a>
          <span className="source-meta">
            {' '}
            — {tr.t('sources.read', { date: tr.date(source.retrieved) })}
            {source.version ? `; ${tr.t('sources.version', { version: source.version })}` : ''}
          </span>
          <Prose text={source.supports} />
        </li>
      ))}
    </ul>
  );
}
