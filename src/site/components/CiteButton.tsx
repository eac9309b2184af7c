import React, { useEffect, useRef, useState } from 'react';
import type { CompiledProvision } from '../../lib/schema/compiled';
import { formatCitations, type Citations } from '../../lib/present/citation';
import { useTranslator } from '../i18n/useTranslator';

/**
 * The Cite button: opens a dialog with the citation in several formats and the permalink, each
 * with a Copy button. The access date is the reader's today, computed when the dialog opens.
 */
export function CiteButton({
  provision,
  jurisdictionName,
  permalink,
}: {
  provision: CompiledProvision;
  jurisdictionName: string;
  permalink: string;
}): React.JSX.Element {
  const tr = useTranslator();
  // Format names are proper names and stay as they are in every language.
  const formats: { key: keyof Citations | 'permalink'; label: string }[] = [
    { key: 'plain', label: tr.t('cite.plain') },
    { key: 'oscola', label: 'OSCOLA' },
    { key: 'bibtex', label: 'BibTeX' },
    { key: 'cslJson', label: 'CSL-JSON' },
    { key: 'permalink', label: tr.t('provision.permalink') },
  ];
  const dialog = useRef<HTMLDialogElement>(null);
  const [citations, setCitations] = useState<Citations | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const open = () => {
    setCitations(
      formatCitations(provision, {
        jurisdictionName,
        permalink,
        accessed: new Date().toISOString().slice(0, 10),
      }),
    );
    setCopied(null);
  };
  // The dialog opens once its citations are rendered, so that it takes focus on the first of them.
  useEffect(() => {
    if (citations && !dialog.current?.open) dialog.current?.showModal();
  }, [citations]);
  const copy = async (key: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(key);
    } catch {
      setCopied(`${key}:failed`);
    }
  };

  return (
    <>
      <button type="button" className="button button--primary" onClick={open}>
        {tr.t('cite.button')}
      </button>
      <dialog ref={dialog} className="cite-dialog" aria-labelledby="cite-title">
        <h2 id="cite-title">{tr.t('cite.title')}</h2>
        {citations &&
          formats.map(({ key, label }) => {
            const text = key === 'permalink' ? permalink : citations[key];
            return (
              <div key={key} className="cite-format">
                <label htmlFor={`cite-${key}`}>{label}</label>
                <textarea
                  id={`cite-${key}`}
                  readOnly
                  value={text}
                  rows={key === 'bibtex' || key === 'cslJson' ? 8 : 3}
                />
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  onClick={() => void copy(key, text)}
                >
                  {copied === key
                    ? tr.t('cite.copied')
                    : copied === `${key}:failed`
                      ? tr.t('cite.selectAndCopy')
                      : tr.t('cite.copy', { format: label })}
                </button>
              </div>
            );
          })}
        <form method="dialog" onSubmit={() => setCitations(null)}>
          <button type="submit" className="button button--secondary">
            {tr.t('cite.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
