import React, { useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { Labels } from '../../lib/present/comparison-rows';
import { fetchEntry } from '../compare/compare-entries';
import { useTranslator } from '../i18n/useTranslator';
import { saveTextFile } from './save-text-file';

/**
 * "Download these results": the `count` provisions that `ids` resolves to, one line each with
 * every element and penalty form, as a CSV Excel opens. Ids, full records and the CSV writer are
 * fetched only when the reader asks for the file.
 */
export function DownloadResults({
  count,
  ids,
  labels,
  fileName,
}: {
  count: number;
  ids: () => Promise<readonly string[]>;
  labels: Labels;
  fileName: string;
}): React.JSX.Element {
  const tr = useTranslator();
  const baseUrl = useBaseUrl('/');
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const wanted = await ids();
      const entries = await Promise.all(wanted.map((id) => fetchEntry(baseUrl, id)));
      const provisions = entries.flatMap((entry) => (entry ? [entry.provision] : []));
      const { resultsCsv } = await import('../../lib/present/comparison-csv');
      saveTextFile(resultsCsv(provisions, labels, tr), fileName);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="button button--secondary button--sm no-print download-results"
      onClick={() => void download()}
      disabled={busy || count === 0}
    >
      {busy ? tr.t('download.preparing') : tr.t('download.results', { count })}
    </button>
  );
}
