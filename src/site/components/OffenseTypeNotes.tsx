import React from 'react';
import Link from '@docusaurus/Link';
import { sitePaths } from '../../lib/present/site-paths';
import { Prose } from './RichText';

/** A list of offense types, each linked to its page and followed by what a record says of it. */
export function OffenseTypeNotes({
  notes,
  labels,
}: {
  notes: readonly { offenseType: string; note: string }[];
  labels: { offenseTypes: Record<string, string> };
}): React.JSX.Element {
  return (
    <ul>
      {notes.map((item) => (
        <li key={item.offenseType}>
          <Link to={sitePaths.offense(item.offenseType)}>
            {labels.offenseTypes[item.offenseType]}
          </Link>
          : <Prose text={item.note} inline />
        </li>
      ))}
    </ul>
  );
}
