import React from 'react';
import type { CompiledProvision } from '../../lib/schema/compiled';
import type { MessageKey } from '../../lib/i18n/messages/en';
import { enumLabel } from '../../lib/present/enum-labels';
import { useTranslator } from '../i18n/useTranslator';
import type { ShownText } from '../../lib/present/prose-in-locale';
import type { TranslatableField } from '../../lib/schema/translatable-fields';
import { Prose } from './RichText';
import { ScrollBox } from './ScrollBox';

/** The elements of an offense (or obligation) as one row each, so they compare across pages. */
export function ElementsTable({
  elements,
  texts,
}: {
  elements: CompiledProvision['elements'];
  /** The own-words texts in the reader's language where written (see `proseInLocale`). */
  texts: Partial<Record<TranslatableField, ShownText>>;
}): React.JSX.Element {
  const tr = useTranslator();
  const prose = (field: TranslatableField) => {
    const shown = texts[field];
    return shown ? <Prose text={shown.text} lang={shown.lang} /> : null;
  };
  const notRecorded = <span className="not-recorded">{tr.t('common.notRecorded')}</span>;
  /** An enumerated element in words, with its own-words note; or "Not recorded". */
  const labelled = (value: string | undefined, note: TranslatableField) =>
    value === undefined ? (
      notRecorded
    ) : (
      <>
        <strong>{value}</strong>
        {prose(note)}
      </>
    );
  const rows: [MessageKey, React.ReactNode][] = [
    ['elements.conduct', prose('conduct') ?? notRecorded],
    [
      'elements.means',
      labelled(elements.means && enumLabel(tr, 'online', elements.means.online), 'means'),
    ],
    [
      'elements.mentalElement',
      labelled(
        elements.mentalElement && enumLabel(tr, 'mentalElement', elements.mentalElement.kind),
        'mentalElement',
      ),
    ],
    [
      'elements.result',
      labelled(
        elements.result?.kinds.map((kind) => enumLabel(tr, 'result', kind)).join(', '),
        'result',
      ),
    ],
    ['elements.victimScope', prose('victimScope') ?? notRecorded],
    [
      'elements.consent',
      labelled(elements.consent && enumLabel(tr, 'consent', elements.consent.kind), 'consent'),
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
