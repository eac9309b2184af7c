import React from 'react';
import Layout from '@theme/Layout';
import type { FormatTable } from '../../lib/i18n/intl-formats';
import { PageFormatsContext, useTranslator } from '../i18n/useTranslator';
import { EMBEDDED_DATA_ID } from './page-data-id';
import { usePageData } from './usePageData';

/** The frame shown while a page's data is on its way, or when it could not be loaded. */
function PageDataPending({ failed }: { failed: boolean }): React.JSX.Element {
  const tr = useTranslator();
  return (
    <Layout>
      <main className="container margin-vert--lg" aria-busy={!failed}>
        <p role={failed ? 'alert' : 'status'}>{tr.t(failed ? 'page.failed' : 'page.loading')}</p>
      </main>
    </Layout>
  );
}

/**
 * A route component of the atlas: loads the page's data (see `usePageData`), keeps the copy the
 * HTML was served with in place so hydration finds it, and hands the data's format table to
 * every `useTranslator` below. `export default withPageData(function ProvisionPage({ data }) …)`.
 */
export function withPageData<D extends { formats: FormatTable }>(
  Page: (props: { data: D }) => React.JSX.Element,
): () => React.JSX.Element {
  function PageRoute(): React.JSX.Element {
    const state = usePageData<D>();
    if (state.status !== 'ready') return <PageDataPending failed={state.status === 'failed'} />;
    return (
      <>
        {state.embedded !== undefined && (
          // JSON whose `<` are escaped as \u003c when written, so it cannot close this element;
          // a script of this type is data the browser never runs or renders. Not typed as JSON:
          // the HTML minifier rewrites JSON scripts (sorting keys), and hydration needs the text
          // exactly as the server read it.
          <script
            type="application/x-law-atlas-page-data"
            id={EMBEDDED_DATA_ID}
            data-file={state.file}
            dangerouslySetInnerHTML={{ __html: state.embedded }}
          />
        )}
        <PageFormatsContext.Provider value={state.data.formats}>
          <Page data={state.data} />
        </PageFormatsContext.Provider>
      </>
    );
  }
  return PageRoute;
}
