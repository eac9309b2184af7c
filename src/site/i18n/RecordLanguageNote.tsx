import React from 'react';
import { useTranslator } from './useTranslator';

/**
 * Tells readers of another locale in which language the record details are: written by the
 * project in theirs (`translated`), or kept in English. Nothing in English.
 */
export function RecordLanguageNote({
  translated = false,
}: {
  translated?: boolean;
}): React.JSX.Element | null {
  const tr = useTranslator();
  if (tr.locale === 'en') return null;
  return (
    <p className="content-note record-language-note">
      {tr.t(translated ? 'content.recordTranslated' : 'content.recordLanguage')}
    </p>
  );
}
