import React from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useLocation } from '@docusaurus/router';
import { useTranslator } from '../i18n/useTranslator';

/**
 * What a printed page must carry, shown only in print: the title, the day it was printed, its
 * permalink, how to cite it, and for every record on it the date its law stands as of.
 */
export function PrintHeader({
  title,
  records,
  citation,
}: {
  title: string;
  /** Each record on the page, with the date its law stands as of (see `lawAsOf`). */
  records: readonly { id: string; lawAsOf: string | null }[];
  /** The citation for a reader who accessed the page on `accessed`; by default one of the page. */
  citation?: (accessed: string) => string;
}): React.JSX.Element {
  const tr = useTranslator();
  const { siteConfig } = useDocusaurusContext();
  const location = useLocation();
  // The print date and the query string exist only in the reader's browser; the date is
  // written YYYY-MM-DD, which every locale reads and no browser lacks the data for.
  const isBrowser = useIsBrowser();
  const today = isBrowser ? new Date().toISOString().slice(0, 10) : null;
  // The page's own path, as the server rendered it: a host that serves `/x/` for `/x` must not
  // change the text the page hydrates.
  const path = location.pathname.replace(/(.)\/+$/, '$1');
  const permalink = `${siteConfig.url}${path}${isBrowser ? location.search : ''}`;
  return (
    <aside className="print-only print-header" aria-hidden="true">
      <p className="print-header__title">Law Atlas — {title}</p>
      {today && <p>{tr.t('print.printedOn', { date: today })}</p>}
      <p>
        {tr.t('print.permalink')}: {permalink}
      </p>
      {today && (
        <p>
          {tr.t('print.citeAs')}:{' '}
          {citation
            ? citation(today)
            : tr.t('print.pageCitation', { title, permalink, date: today })}
        </p>
      )}
      {records.length > 0 && (
        <>
          <p>{tr.t('print.lawAsOf')}:</p>
          <ul>
            {records.map((record) => {
              const date = record.lawAsOf;
              return (
                <li key={record.id}>
                  {date
                    ? tr.t('print.lawAsOfRecord', { record: record.id, date: tr.date(date) })
                    : record.id}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </aside>
  );
}
