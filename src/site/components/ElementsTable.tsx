import React from 'react';
import type { CompiledProvision } from '../../lib/schema/compiled';
import type { MessageKey } from '../../lib/i18n/messages/en';
import { enumLabel } from '../../lib/present/enum-labels';
import { useTranslator } from '../i18n/useTranslator';
import { Prose } from './RichText';
import { ScrollBox } from './ScrollBox';

/** The elements of an offense (or obligation) as one row each, so they compare across pages. */
export function ElementsTable({
  elements,
}: {
  elements: CompiledProvision['elements'];
}): React.JSX.Element {
  const tr = useTranslator();
  const notRecorded = <span className="not-recorded">{tr.t('common.notRecorded')}</span>;
  /** An enumerated element in words, with its own-words note; or "Not recorded". */
  const labelled = (value: string | undefined, note: string | undefined) =>
    value === undefined ? (
      notRecorded
    ) : (
      <>
        <strong>{value}</strong>
        <Prose text={note} />
      </>
    );
  const rows: [MessageKey, React.ReactNode][] = [
    ['elements.conduct', elements.conduct ? <Prose text={elements.conduct} /> : notRecorded],
    [
      'elements.means',
      labelled(
        elements.means && enumLabel(tr, 'online', elements.means.online),
        elements.means?.note,
      ),
    ],
    [
      'elements.mentalElement',
      labelled(
        elements.mentalElement && enumLabel(tr, 'mentalElement', elements.mentalElement.kind),
        elements.mentalElement?.note,
      ),
    ],
    [
      'elements.result',
      labelled(
        elements.result?.kinds.map((kind) => enumLabel(tr, 'result', kind)).join(', '),
        elements.result?.note,
      ),
    ],
    [
      'elements.victimScope',
      elements.victimScope ? <Prose text={elements.victimScope} /> : notRecorded,
    ],
    [
      'elements.consent',
      labelled(
        elements.consent && enumLabel(tr, 'consent', elements.consent.kind),
        elements.consent?.note,
      ),
    ],
  ];
  return (
    <ScrollBox label={tr.t('provision.elements')}>
      <table className="elements">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{tr.t(label)}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
