import { createContext, useContext } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import { toSiteLocale } from '../../lib/i18n/locales';
import { translator, type Translator } from '../../lib/i18n/translator';
import type { FormatTable } from '../../lib/i18n/intl-formats';
import type { GlobalSiteData } from '../../lib/present/pages/page-types';

/** The format table of the page being shown: how its locale writes the page's own values. */
export const PageFormatsContext = createContext<FormatTable | null>(null);

/**
 * The translator of the locale this page was built for, with the page's format table (or, on
 * pages without data, the locale's constants), so the browser writes values as the server did.
 */
export function useTranslator(): Translator {
  const { i18n } = useDocusaurusContext();
  const page = useContext(PageFormatsContext);
  const { formats } = usePluginData('law-atlas') as GlobalSiteData;
  return translator(toSiteLocale(i18n.currentLocale), page ?? formats);
}
