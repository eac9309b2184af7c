import React from 'react';
import { particleFor, PLACEHOLDER } from '../../lib/i18n/placeholders';

/** The text a part shows, for choosing the Korean particle that follows it. */
function textOf(node: React.ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (React.isValidElement<{ children?: React.ReactNode }>(node))
    return textOf(node.props.children);
  return '';
}

/**
 * A translated text whose `{name}` placeholders are React nodes (a link, a code span), so word
 * order stays the translator's: `Message text={tr.t('data.intro', { count })} parts={{ command }}`.
 * A placeholder written `{name|을/를}` is followed by the particle that agrees with the part's text.
 */
export function Message({
  text,
  parts,
}: {
  text: string;
  parts: Record<string, React.ReactNode>;
}): React.JSX.Element {
  const pieces: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const [whole, name = '', pair] = match;
    pieces.push(text.slice(last, match.index));
    const part = parts[name];
    pieces.push(
      <React.Fragment key={match.index}>
        {part ?? whole}
        {part === undefined ? '' : particleFor(textOf(part), pair)}
      </React.Fragment>,
    );
    last = match.index + whole.length;
  }
  pieces.push(text.slice(last));
  return <>{pieces}</>;
}
