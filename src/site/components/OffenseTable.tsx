import React, { useState } from 'react';
import Link from '@docusaurus/Link';
import type { OffenseRow, RowTerm, SiteLabels } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { formatTerm } from '../../lib/present/format-penalty';
import { pickName } from '../../lib/i18n/pick-localized';
import { shortArticleLabel } from '../../lib/i18n/article-label';
import type { Translator } from '../../lib/i18n/translator';
import type { MessageKey } from '../../lib/i18n/messages/en';
import { enumLabel } from '../../lib/present/enum-labels';
import { sortOffenseRows, type SortKey } from '../../lib/present/sort-offense-rows';
import { ScrollBox } from './ScrollBox';
import { VerificationBadge } from './VerificationBadge';
import { Prose } from './RichText';

/** At most this many provisions open together in Compare. */
const COMPARE_AT_MOST = 4;

/** The columns, in order; those with `sortBy` sort the table. */
const COLUMNS: { label: MessageKey; sortBy?: SortKey }[] = [
  { label: 'table.jurisdiction', sortBy: 'jurisdiction' },
  { label: 'table.heading' },
  { label: 'elements.means' },
  { label: 'elements.result' },
  { label: 'table.basicTerm', sortBy: 'basic' },
  { label: 'table.graverTerm', sortBy: 'graver' },
  { label: 'provision.prosecution' },
  { label: 'row.attempt' },
  { label: 'provision.inForceSince', sortBy: 'inForceFrom' },
  { label: 'table.verification' },
  { label: 'search.compare' },
];

/** A column header that sorts the table, announcing the order to screen readers. */
function SortHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: SortKey;
  label: string;
  sort: { key: SortKey; descending: boolean } | null;
  onSort: (key: SortKey) => void;
}): React.JSX.Element {
  const active = sort?.key === column;
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
}

/**
 * The facts of each provision of the type, one row each: online means, result, the penalties of
 * the basic and graver forms, prosecution, attempt and entry into force, sortable; the conduct
 * and victims on demand; rows chosen open side by side in Compare. On a phone each row is a card.
 */
export function OffenseTable({
  rows,
  labels,
  tr,
}: {
  rows: readonly OffenseRow[];
  labels: SiteLabels;
  tr: Translator;
}): React.JSX.Element {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean } | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const notRecorded = tr.t('common.notRecorded');
  const yesNo = (value: boolean | null) =>
    value === null ? notRecorded : tr.t(value ? 'common.yes' : 'common.no');
  const term = (value: RowTerm | null) => (value ? formatTerm(value, tr) : notRecorded);
  const name = (code: string) => labels.jurisdictions[code] ?? code;
  const shown = sort
    ? sortOffenseRows(rows, sort.key, sort.descending, name, (a, b) => tr.compare(a, b))
    : rows;
  const onSort = (key: SortKey) =>
    setSort((current) =>
      current?.key === key ? { key, descending: !current.descending } : { key, descending: false },
    );
  const toggle = (id: string) =>
    setChosen((current) =>
      current.includes(id)
        ? current.filter((item) => item !== id)
        : [...current, id].slice(-COMPARE_AT_MOST),
    );
  const cell = (label: MessageKey, content: React.ReactNode, className?: string) => (
    <td data-label={tr.t(label)} className={className}>
      {content}
    </td>
  );
  return (
    <>
      <p className="compare-bar no-print" aria-live="polite">
        {chosen.length === 0
          ? tr.t('offense.chooseToCompare')
          : tr.t('search.chosen', { count: chosen.length })}{' '}
        {chosen.length >= 2 ? (
          <Link to={sitePaths.compare(chosen)}>{tr.t('search.compareThem')}</Link>
        ) : chosen.length === 1 ? (
          tr.t('search.chooseTwo')
        ) : null}
      </p>
      <ScrollBox label={tr.t('offense.compared')}>
        <table className="offense-table">
          <thead>
            <tr>
              {COLUMNS.map(({ label, sortBy }) =>
                sortBy ? (
                  <SortHeader
                    key={label}
                    column={sortBy}
                    label={tr.t(label)}
                    sort={sort}
                    onSort={onSort}
                  />
                ) : (
                  <th
                    key={label}
                    scope="col"
                    className={label === 'search.compare' ? 'no-print' : undefined}
                  >
                    {tr.t(label)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} data-provision={row.id} data-jurisdiction={row.jurisdiction}>
                <th scope="row">{name(row.jurisdiction)}</th>
                <td data-label={tr.t('table.heading')}>
                  <Link to={sitePaths.provision(row.id)}>
                    {row.instrumentTitle} {shortArticleLabel(tr, row)}
                  </Link>
                  <br />
                  <span lang={row.title[tr.locale] ? tr.locale : 'en'}>
                    {pickName(row.title, tr.locale)}
                  </span>
                  {(row.conduct ?? row.victimScope) && (
                    <details className="row-prose">
                      <summary>{tr.t('offense.details')}</summary>
                      {row.conduct && (
                        <>
                          <strong>{tr.t('elements.conduct')}</strong>
                          <Prose text={row.conduct.text} lang={row.conduct.lang} />
                        </>
                      )}
                      {row.victimScope && (
                        <>
                          <strong>{tr.t('elements.victimScope')}</strong>
                          <Prose text={row.victimScope.text} lang={row.victimScope.lang} />
                        </>
                      )}
                    </details>
                  )}
                </td>
                {cell(
                  'elements.means',
                  row.online ? enumLabel(tr, 'online', row.online) : notRecorded,
                )}
                {cell(
                  'elements.result',
                  row.resultKinds
                    ? row.resultKinds.map((kind) => enumLabel(tr, 'result', kind)).join(', ')
                    : notRecorded,
                )}
                {cell('table.basicTerm', term(row.basicTerm))}
                {cell(
                  'table.graverTerm',
                  row.graverTerm || !row.penaltiesRecorded
                    ? term(row.graverTerm)
                    : tr.t('common.none'),
                )}
                {cell(
                  'provision.prosecution',
                  row.prosecution ? enumLabel(tr, 'prosecution', row.prosecution) : notRecorded,
                )}
                {cell('row.attempt', yesNo(row.attempt))}
                {cell(
                  'provision.inForceSince',
                  row.inForceFrom ? tr.date(row.inForceFrom) : notRecorded,
                )}
                {cell('table.verification', <VerificationBadge status={row.verification} />)}
                {cell(
                  'search.compare',
                  <label className="compare-toggle">
                    <input
                      type="checkbox"
                      checked={chosen.includes(row.id)}
                      onChange={() => toggle(row.id)}
                    />{' '}
                    <span className="sr-only">
                      {tr.t('search.compare')}: {name(row.jurisdiction)} {row.instrumentTitle}{' '}
                      {row.article ?? ''}
                    </span>
                  </label>,
                  'no-print',
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
