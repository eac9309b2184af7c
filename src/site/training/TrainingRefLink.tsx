import React from 'react';
import type { TrainingRef } from '../../lib/present/pages/page-types';
import { CellProvisionLink } from '../components/ProvisionLink';

/** A provision a guide or case names, linked, as its page data describes it. */
export function TrainingRefLink({
  id,
  provisions,
}: {
  id: string;
  provisions: Record<string, TrainingRef>;
}): React.JSX.Element {
  const provision = provisions[id];
  // Every id a record names is described by the builder; a gap would be a build error upstream.
  return provision ? <CellProvisionLink provision={provision} /> : <code>{id}</code>;
}

/** The provisions `ids`, linked and separated by semicolons. */
export function TrainingRefList({
  ids,
  provisions,
}: {
  ids: readonly string[];
  provisions: Record<string, TrainingRef>;
}): React.JSX.Element {
  return (
    <>
      {ids.map((id, index) => (
        <React.Fragment key={id}>
          {index > 0 && '; '}
          <TrainingRefLink id={id} provisions={provisions} />
        </React.Fragment>
      ))}
    </>
  );
}
