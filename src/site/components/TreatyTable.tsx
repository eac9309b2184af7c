import React from 'react';
import Link from '@docusaurus/Link';
import type { CompiledInstrument } from '../../lib/schema/compiled';
import { useTranslator } from '../i18n/useTranslator';
import { Prose } from './RichText';
import { ScrollBox } from './ScrollBox';

type Party = CompiledInstrument['parties'][number];

/**
 * Signature, ratification and entry into force, one row per party; the first column names
 * either the state (on an instrument's page) or the instrument (on a jurisdiction's page).
 */
export function TreatyTable({
  rows,
  heading,
}: {
  rows: readonly { key: string; label: string; to: string; party: Party }[];
  heading: string;
}): React.JSX.Element {
  const tr = useTranslator();
  if (rows.length === 0) return <p className="not-recorded">{tr.t('treaty.none')}</p>;
  const date = (value: string | null) => (value ? tr.date(value) : '—');
  return (
    <ScrollBox label={heading}>
      <table className="treaties">
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">{tr.t('treaty.signed')}</th>
            <th scope="col">{tr.t('treaty.ratified')}</th>
            <th scope="col">{tr.t('treaty.inForce')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, to, party }) => (
            <tr key={key}>
              <th scope="row">
                <Link to={to}>{label}</Link>
                <Prose text={party.reservations} />
                <Prose text={party.note} />
              </th>
              <td>{date(party.signed)}</td>
              <td>{date(party.ratified)}</td>
              <td>{date(party.inForce)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
