import React from 'react';
import { snippet } from '../../lib/search/query/highlight';

/** A piece of result text with the words that match the query highlighted. */
export function Snippet({
  text,
  query,
  length,
}: {
  text: string;
  query: string;
  length?: number;
}): React.JSX.Element {
  return (
    <>
      {snippet(text, query, length).map((part, index) =>
        part.match ? (
          <mark key={index}>{part.text}</mark>
        ) : (
          <React.Fragment key={index}>{part.text}</React.Fragment>
        ),
      )}
    </>
  );
}
