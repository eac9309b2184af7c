import React from 'react';
import Link from '@docusaurus/Link';
import type { TrainingItem } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { Heading } from './Heading';
import { Shown } from './Shown';

/** The guides or cases of the same offense types, as links; on screen only. */
export function RelatedRecords({
  title,
  items,
  level,
}: {
  title: string;
  items: readonly TrainingItem[];
  level: number;
}): React.JSX.Element | null {
  if (items.length === 0) return null;
  return (
    <section className="no-print">
      <Heading level={level}>{title}</Heading>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <Link to={sitePaths.trainingRecord(item.id)}>
              <Shown text={item.title} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
