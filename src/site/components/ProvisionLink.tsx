import React from 'react';
import Link from '@docusaurus/Link';
import type { CellProvision, ProvisionSummary } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { pickName } from '../../lib/i18n/pick-localized';
import { useTranslator } from '../i18n/useTranslator';
import { shortArticleLabel } from '../../lib/i18n/article-label';

/** `Stalking Punishment Act art. 18: Stalking crimes`, linked to the provision page. */
export function ProvisionLink({
  provision,
  labels,
}: {
  provision: ProvisionSummary;
  labels?: { jurisdictions: Record<string, string> };
}): React.JSX.Element {
  const tr = useTranslator();
  const article = shortArticleLabel(tr, provision);
  return (
    <Link to={sitePaths.provision(provision.id)}>
      {labels ? `${labels.jurisdictions[provision.jurisdiction] ?? provision.jurisdiction}: ` : ''}
      {provision.instrumentTitle} {article} — {pickName(provision.title, tr.locale)}
    </Link>
  );
}

/** `Stalking Punishment Act art. 18`, linked: a provision as a matrix cell names it. */
export function CellProvisionLink({ provision }: { provision: CellProvision }): React.JSX.Element {
  const tr = useTranslator();
  return (
    <Link to={sitePaths.provision(provision.id)}>
      {provision.instrumentTitle} {shortArticleLabel(tr, provision)}
    </Link>
  );
}
