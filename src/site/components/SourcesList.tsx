import React from 'react';
import type { Source } from '../../lib/schema/source';
import { Prose } from './RichText';

/** The sources a record was checked against: official ones first, each with its retrieval date. */
export function SourcesList({ sources }: { sources: readonly Source[] }): React.JSX.Element {
  const ordered = [...sources].sort((a, b) =>
    a.kind === b.kind ? 0 : a.kind === 'official' ? -1 : 1,
  );
  return (
    <ul className="sources">
      {ordered.map((source) => (
        <li key={`${source.url} ${source.title}`}>
          <span className={`badge source--${source.kind}`}>
            {source.kind === 'official' ? 'Official' : 'Secondary'}
          </span>{' '}
          <a href={source.url} rel="noopener noreferrer">
            {source.title}
          </a>
          <span className="source-meta">
            {' '}
            — read {source.retrieved}
            {source.version ? `; version: ${source.version}` : ''}
          </span>
          <Prose text={source.supports} />
        </li>
      ))}
    </ul>
  );
}
