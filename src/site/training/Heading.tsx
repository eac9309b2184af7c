import React from 'react';

/** A heading whose level depends on where the part stands: a page of its own, or a course pack. */
export function Heading({
  level,
  id,
  children,
}: {
  level: number;
  id?: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const Tag = `h${Math.min(Math.max(level, 1), 6)}` as 'h2';
  return <Tag id={id}>{children}</Tag>;
}
