import React from 'react';
import type { FormatTable } from '../../lib/i18n/intl-formats';
import { PageFormatsContext } from './useTranslator';

/**
 * A route component that hands its data's format table to every `useTranslator` below it,
 * itself included: `export default withPageFormats(function ProvisionPage({ data }) { … })`.
 */
export function withPageFormats<D extends { formats: FormatTable }>(
  Page: (props: { data: D }) => React.JSX.Element,
): (props: { data: D }) => React.JSX.Element {
  function WithPageFormats({ data }: { data: D }): React.JSX.Element {
    return (
      <PageFormatsContext.Provider value={data.formats}>
        <Page data={data} />
      </PageFormatsContext.Provider>
    );
  }
  return WithPageFormats;
}
