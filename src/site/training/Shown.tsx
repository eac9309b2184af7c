import React from 'react';
import type { ShownText } from '../../lib/present/prose-in-locale';

/**
 * A record's own-words text in the language it is written in, as plain text: guide and case texts
 * are not Markdown, so nothing in them is ever interpreted.
 */
export function Shown({
  text,
  as: Element = 'span',
  className,
}: {
  text: ShownText;
  as?: 'span' | 'p' | 'div';
  className?: string;
}): React.JSX.Element {
  return (
    <Element lang={text.lang} className={className}>
      {text.text}
    </Element>
  );
}
