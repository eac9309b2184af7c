import React from 'react';
import type { CompiledProvision } from '../../lib/schema/compiled';
import { formatPenalty } from '../../lib/present/format-penalty';
import { enumLabel } from '../../lib/present/enum-labels';
import { Prose } from './RichText';

/** The basic and every other penalty form of a national provision, in words. */
export function PenaltyForms({
  penalties,
}: {
  penalties: NonNullable<CompiledProvision['penalties']>;
}): React.JSX.Element {
  return (
    <table className="penalties">
      <thead>
        <tr>
          <th scope="col">Form</th>
          <th scope="col">Condition</th>
          <th scope="col">Penalty</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Basic</th>
          <td>—</td>
          <td>
            {formatPenalty(penalties.basic)}
            <Prose text={penalties.basic.note} />
          </td>
        </tr>
        {penalties.aggravated.map((form, index) => (
          <tr key={index}>
            <th scope="row">
              {enumLabel('form', form.form)}
              {form.paragraph ? ` ${form.paragraph}` : ''}
            </th>
            <td>
              <Prose text={form.condition} inline />
            </td>
            <td>
              {formatPenalty(form.penalty)}
              <Prose text={form.penalty.note} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
