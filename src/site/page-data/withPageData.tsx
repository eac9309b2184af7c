import React, { Component, Suspense, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import type { FormatTable } from '../../lib/i18n/intl-formats';
import { PageFormatsContext, useTranslator } from '../i18n/useTranslator';
import { EMBEDDED_DATA_ID } from './page-data-id';
import { pageDataReady, usePageData, usePageDataFile } from './usePageData';

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

/** Shows the failed frame when a page's data could not be loaded; keyed by the data file. */
class PageDataFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <PageDataPending failed /> : this.props.children;
  }
}

/**
 * A route component of the atlas: loads the page's data (see `usePageData`), keeps the copy the
 * HTML was served with in place so hydration finds it, and hands the data's format table to
 * every `useTranslator` below. `export default withPageData(function ProvisionPage({ data }) …)`.
 */
export function withPageData<D extends { formats: FormatTable }>(
  Page: (props: { data: D }) => React.JSX.Element,
): () => React.JSX.Element {
  function PageContent({ file }: { file: string }): React.JSX.Element {
    const { data, embedded, deferred } = usePageData<D>(file);
    return (
      <>
        {embedded !== undefined && (
          // JSON whose `<` are escaped as \u003c when written, so it cannot close this element;
          // a script of this type is data the browser never runs or renders. Not typed as JSON:
          // the HTML minifier rewrites JSON scripts (sorting keys), and hydration needs the text
          // exactly as the server read it.
          <script
            type="application/x-law-atlas-page-data"
            id={EMBEDDED_DATA_ID}
            data-file={file}
            dangerouslySetInnerHTML={{ __html: embedded }}
          />
        )}
        {deferred && (
          // The mark of data too large to embed: fetched before the page hydrates.
          <script
            type="application/x-law-atlas-page-data"
            id={EMBEDDED_DATA_ID}
            data-file={file}
            data-deferred=""
          />
        )}
        <PageFormatsContext.Provider value={data.formats}>
          <Page data={data} />
        </PageFormatsContext.Provider>
      </>
    );
  }
  function PageRoute(): React.JSX.Element {
    const file = usePageDataFile();
    // Data at hand (the served page, a page seen before) renders at once, with no boundary: a
    // Suspense boundary would make React hydrate the page in a pass of its own, after the first
    // updates from above, at a cost of a few hundred milliseconds on a phone.
    if (pageDataReady(file)) return <PageContent file={file} />;
    // On a client-side navigation the frame shows until the page's data file has come.
    return (
      <PageDataFailure key={file}>
        <Suspense fallback={<PageDataPending failed={false} />}>
          <PageContent file={file} />
        </Suspense>
      </PageDataFailure>
    );
  }
  return PageRoute;
}
