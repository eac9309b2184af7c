import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import { toSiteLocale } from '../../lib/i18n/locales';
import { translator, type Translator } from '../../lib/i18n/translator';
import type { GlobalSiteData } from '../../lib/present/site-data';

/** The translator of the locale this page was built for, with the build's format table. */
export function useTranslator(): Translator {
  const { i18n } = useDocusaurusContext();
  const { formats } = usePluginData('law-atlas') as GlobalSiteData;
  return translator(toSiteLocale(i18n.currentLocale), formats);
}
