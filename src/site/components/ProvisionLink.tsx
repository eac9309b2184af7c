import React from 'react';
import Link from '@docusaurus/Link';
import type { ProvisionSummary } from '../../lib/present/site-data';
import { sitePaths } from '../../lib/present/site-paths';

/** `Stalking Punishment Act art. 18: Stalking crimes`, linked to the provision page. */
export function ProvisionLink({
  provision,
  labels,
}: {
  provision: ProvisionSummary;
  labels?: { jurisdictions: Record<string, string> };
}): React.JSX.Element {
  const article = provision.article ? `art. ${provision.article}` : '(article not confirmed)';
  return (
    <Link to={sitePaths.provision(provision.id)}>
      {labels ? `${labels.jurisdictions[provision.jurisdiction] ?? provision.jurisdiction}: ` : ''}
      {provision.instrumentTitle} {article} — {provision.title.en}
    </Link>
  );
}
