import React from 'react';
import { Prose } from '../components/RichText';
import { pickLocalized } from '../../lib/i18n/pick-localized';
import { useTranslator } from './useTranslator';

/**
 * Own-words record text given per language (a summary, a definition): the reader's language
 * where the record has it, marked as written by the project; otherwise the English text with a
 * visible note. The text carries its own `lang` so screen readers switch voice.
 */
export function LocalizedProse({
  text,
}: {
  text: Partial<Record<string, string>> | null | undefined;
}): React.JSX.Element | null {
  const tr = useTranslator();
  const picked = pickLocalized(text, tr.locale);
  if (!picked) return null;
  return (
    <div className="localized-prose">
      <Prose text={picked.text} lang={picked.language} />
      {picked.fallback ? (
        <p className="content-note" lang={tr.tag}>
          {tr.t('content.fallback', { language: tr.languageName(tr.locale) })}
        </p>
      ) : (
        tr.locale !== 'en' && (
          <p className="content-note" lang={tr.tag}>
            {tr.t('content.projectWritten')}
          </p>
        )
      )}
    </div>
  );
}
