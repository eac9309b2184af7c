import type { Translator } from './translator.js';

/**
 * An article number as the reader's language cites it: `Art. 18`, `Чл. 144-a`, `제18조`. A number
 * written with its own sign (`§ 238`) is shown as it is, since `Art. § 238` cites nothing.
 */
export function articleLabel(tr: Translator, article: string, short = false): string {
  if (article.startsWith('§')) return article;
  return tr.t(short ? 'common.articleShort' : 'common.article', { article });
}
