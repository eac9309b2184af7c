import React from 'react';
import type { CompiledProvision } from '../../lib/schema/compiled';
import { enumLabel } from '../../lib/present/enum-labels';
import { Prose } from './RichText';

const NOT_RECORDED = <span className="not-recorded">Not recorded</span>;

/** The elements of an offense (or obligation) as one row each, so they compare across pages. */
export function ElementsTable({
  elements,
}: {
  elements: CompiledProvision['elements'];
}): React.JSX.Element {
  const rows: [string, React.ReactNode][] = [
    ['Conduct', elements.conduct ? <Prose text={elements.conduct} /> : NOT_RECORDED],
    [
      'Online / ICT means',
      elements.means ? (
        <>
          <strong>{enumLabel('online', elements.means.online)}</strong>
          <Prose text={elements.means.note} />
        </>
      ) : (
        NOT_RECORDED
      ),
    ],
    [
      'Mental element',
      elements.mentalElement ? (
        <>
          <strong>{enumLabel('mentalElement', elements.mentalElement.kind)}</strong>
          <Prose text={elements.mentalElement.note} />
        </>
      ) : (
        NOT_RECORDED
      ),
    ],
    [
      'Result required',
      elements.result ? (
        <>
          <strong>
            {elements.result.kinds.map((kind) => enumLabel('result', kind)).join(', ')}
          </strong>
          <Prose text={elements.result.note} />
        </>
      ) : (
        NOT_RECORDED
      ),
    ],
    ['Victim scope', elements.victimScope ? <Prose text={elements.victimScope} /> : NOT_RECORDED],
    [
      'Consent',
      elements.consent ? (
        <>
          <strong>{enumLabel('consent', elements.consent.kind)}</strong>
          <Prose text={elements.consent.note} />
        </>
      ) : (
        NOT_RECORDED
      ),
    ],
  ];
  return (
    <table className="elements">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
