import React from 'react';

/**
 * A translated text whose `{name}` placeholders are React nodes (a link, a code span), so word
 * order stays the translator's: `Message text={tr.t('data.intro', { count })} parts={{ command }}`.
 */
export function Message({
  text,
  parts,
}: {
  text: string;
  parts: Record<string, React.ReactNode>;
}): React.JSX.Element {
  const pieces = text.split(/\{(\w+)\}/);
  return (
    <>
      {pieces.map((piece, index) =>
        index % 2 === 1 ? (
          <React.Fragment key={index}>{parts[piece] ?? `{${piece}}`}</React.Fragment>
        ) : (
          piece
        ),
      )}
    </>
  );
}
