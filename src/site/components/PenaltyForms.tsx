import React from 'react';
import type { CompiledProvision } from '../../lib/schema/compiled';
import { formatPenalty } from '../../lib/present/format-penalty';
import { enumLabel } from '../../lib/present/enum-labels';
import { useTranslator } from '../i18n/useTranslator';
import { Prose } from './RichText';
import { ScrollBox } from './ScrollBox';

/** The basic and every other penalty form of a national provision, in words. */
export function PenaltyForms({
  penalties,
}: {
  penalties: NonNullable<CompiledProvision['penalties']>;
}): React.JSX.Element {
  const tr = useTranslator();
  return (
    <ScrollBox label={tr.t('provision.penalties')}>
      <table className="penalties">
        <thead>
          <tr>
            <th scope="col">{tr.t('penalties.form')}</th>
            <th scope="col">{tr.t('penalties.condition')}</th>
            <th scope="col">{tr.t('penalties.penalty')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{tr.t('penalties.basic')}</th>
            <td>—</td>
            <td>
              {formatPenalty(penalties.basic, tr)}
              <Prose text={penalties.basic.note} />
            </td>
          </tr>
          {penalties.aggravated.map((form, index) => (
            <tr key={index}>
              <th scope="row">
                {enumLabel(tr, 'form', form.form)}
                {form.paragraph ? ` ${form.paragraph}` : ''}
              </th>
              <td>
                <Prose text={form.condition} inline />
              </td>
              <td>
                {formatPenalty(form.penalty, tr)}
                <Prose text={form.penalty.note} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
