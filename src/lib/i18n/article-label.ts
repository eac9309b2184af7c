import type { SiteLocale } from './locales.js';
import type { Translator } from './translator.js';

/** What an article label needs of a provision: the article as cited in English and in its law. */
export interface CitedArticle {
  article: string;
  articleOriginal?: string | null;
  jurisdiction: string;
}

/**
 * The jurisdiction whose law is written in each interface language: on its own provisions the
 * reader sees the article exactly as that law cites it (`제14조의3`, `член 144-а`), not a
 * rendering of the English citation (`제14-3조`, `Чл. 144-a`).
 */
const OWN_LAW: Partial<Record<SiteLocale, string>> = { mk: 'mk', ko: 'kr' };

/**
 * An article as the reader's language cites it: `Art. 18`, `Член 144-а`, `제14조의3`, `제18조`.
 * A number written with its own sign (`§ 238`) is shown as it is, since `Art. § 238` cites nothing.
 */
export function articleLabel(tr: Translator, cited: CitedArticle, short = false): string {
  const original = cited.articleOriginal?.trim();
  if (original && OWN_LAW[tr.locale] === cited.jurisdiction) {
    return original.charAt(0).toLocaleUpperCase(tr.tag) + original.slice(1);
  }
  if (cited.article.startsWith('§')) return cited.article;
  return tr.t(short ? 'common.articleShort' : 'common.article', { article: cited.article });
}

/**
 * The short article label of a provision whose article may be unconfirmed (`article: null`):
 * the label, or the words that say the number was not confirmed.
 */
export function shortArticleLabel(
  tr: Translator,
  cited: Omit<CitedArticle, 'article'> & { article: string | null },
): string {
  return cited.article
    ? articleLabel(tr, { ...cited, article: cited.article }, true)
    : tr.t('common.articleNotConfirmedShort');
}
