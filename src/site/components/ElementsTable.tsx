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
  /** An enumerated element in words, with its own-words note; or "Not recorded". */
  const labelled = (value: string | undefined, note: string | undefined) =>
    value === undefined ? (
      NOT_RECORDED
    ) : (
      <>
        <strong>{value}</strong>
        <Prose text={note} />
      </>
    );
  const rows: [string, React.ReactNode][] = [
    ['Conduct', elements.conduct ? <Prose text={elements.conduct} /> : NOT_RECORDED],
    [
      'Online / ICT means',
      labelled(elements.means && enumLabel('online', elements.means.online), elements.means?.note),
    ],
    [
      'Mental element',
      labelled(
        elements.mentalElement && enumLabel('mentalElement', elements.mentalElement.kind),
        elements.mentalElement?.note,
      ),
    ],
    [
      'Result required',
      labelled(
        elements.result?.kinds.map((kind) => enumLabel('result', kind)).join(', '),
        elements.result?.note,
      ),
    ],
    ['Victim scope', elements.victimScope ? <Prose text={elements.victimScope} /> : NOT_RECORDED],
    [
      'Consent',
      labelled(
        elements.consent && enumLabel('consent', elements.consent.kind),
        elements.consent?.note,
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
