import React from 'react';
import Link from '@docusaurus/Link';
import type { SiteLabels, TrainingItem } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { useTranslator } from '../i18n/useTranslator';
import { VerificationBadge } from '../components/VerificationBadge';
import { Shown } from './Shown';

/** Guides or cases as links, each with its offense types, kind and verification status. */
export function TrainingList({
  items,
  labels,
}: {
  items: readonly TrainingItem[];
  labels: Pick<SiteLabels, 'offenseTypes'>;
}): React.JSX.Element {
  const tr = useTranslator();
  return (
    <ul className="training-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link to={sitePaths.trainingRecord(item.id)}>
            <Shown text={item.title} />
          </Link>{' '}
          <span className="training-list__meta">
            {item.offenseTypes.map((type) => labels.offenseTypes[type] ?? type).join(', ')}
            {item.kind && ` · ${tr.t(`training.kind.${item.kind}`)}`}
          </span>{' '}
          <VerificationBadge status={item.verification} />
        </li>
      ))}
    </ul>
  );
}
