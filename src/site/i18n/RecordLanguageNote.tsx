import React from 'react';
import { useTranslator } from './useTranslator';

/** Tells readers of another locale that record details stay in English; nothing in English. */
export function RecordLanguageNote(): React.JSX.Element | null {
  const tr = useTranslator();
  if (tr.locale === 'en') return null;
  return <p className="content-note record-language-note">{tr.t('content.recordLanguage')}</p>;
}
