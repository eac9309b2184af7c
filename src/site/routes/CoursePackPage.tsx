import React, { Component, Suspense, use, useEffect, useState, type ReactNode } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {
  CasePageData,
  CoursePackPageData,
  GuidePageData,
  TrainingItem,
} from '../../lib/present/pages/page-types';
import { pageDataFile, sitePaths } from '../../lib/present/site-paths';
import { withPageData } from '../page-data/withPageData';
import { loadPageData } from '../page-data/usePageData';
import { PageLayout } from '../components/PageLayout';
import { RichTextProvider } from '../components/RichText';
import { PageFormatsContext, useTranslator } from '../i18n/useTranslator';
import { CaseBody } from '../training/CaseBody';
import { GuideBody } from '../training/GuideBody';
import { HandoutHeader } from '../training/HandoutHeader';
import { PrintButton } from '../training/PrintButton';
import { RecordFooter } from '../training/RecordFooter';
import { Shown } from '../training/Shown';

/** The query parameter that keeps the chosen parts, so a pack's address can be shared. */
const PARTS_PARAM = 'parts';

/** The element id of a part in the pack: `guides/stalking` → `part-guides-stalking`. */
function partAnchor(id: string): string {
  return `part-${id.replace(/[^a-z0-9-]/g, '-')}`;
}

/** The chosen parts named by the address, keeping only ids the pack offers, in the pack's order. */
function partsOf(search: string, offered: readonly string[]): string[] {
  const named = new Set(
    (new URLSearchParams(search).get(PARTS_PARAM) ?? '').split(',').filter(Boolean),
  );
  return offered.filter((id) => named.has(id));
}

/** One chosen guide or case, read from its own page's data file. */
function PackPart({ id }: { id: string }): React.JSX.Element {
  const { siteConfig } = useDocusaurusContext();
  const data = use(loadPageData(siteConfig.baseUrl, pageDataFile(sitePaths.trainingRecord(id)))) as
    GuidePageData | CasePageData;
  return (
    <PageFormatsContext.Provider value={data.formats}>
      <article className="pack-part training-record" id={partAnchor(id)} data-part={id}>
        <HandoutHeader title={data.title.text} handout={data.handout} />
        <h2 lang={data.title.lang}>{data.title.text}</h2>
        <RichTextProvider map={data.rich}>
          {'sections' in data ? (
            <GuideBody data={data} level={2} />
          ) : (
            <CaseBody data={data} level={2} />
          )}
          <RecordFooter data={data} level={3} />
        </RichTextProvider>
      </article>
    </PageFormatsContext.Provider>
  );
}

/** Says which part failed instead of losing the whole pack. */
class PartFailure extends Component<{ id: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <PartFailed id={this.props.id} /> : this.props.children;
  }
}

function PartFailed({ id }: { id: string }): React.JSX.Element {
  const tr = useTranslator();
  return (
    <p role="alert" className="pack-failed">
      {tr.t('pack.failed', { ids: id })}
    </p>
  );
}

function Choices({
  legend,
  items,
  chosen,
  toggle,
}: {
  legend: string;
  items: readonly TrainingItem[];
  chosen: readonly string[];
  toggle: (id: string) => void;
}): React.JSX.Element {
  return (
    <fieldset className="pack-choices">
      <legend>{legend}</legend>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                name={PARTS_PARAM}
                value={item.id}
                checked={chosen.includes(item.id)}
                onChange={() => toggle(item.id)}
              />{' '}
              <Shown text={item.title} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * `/training/pack`: a trainer ticks guides and cases; the pack below lists them in a table of
 * contents and prints as one document, each part starting on a new sheet with its own permalink,
 * QR code and law-as-of date. The choice lives in the address (`?parts=`), so a pack can be
 * shared and reopened.
 */
export default withPageData(function CoursePackPage({
  data,
}: {
  data: CoursePackPageData;
}): React.JSX.Element {
  const tr = useTranslator();
  const location = useLocation();
  const history = useHistory();
  const offered = [...data.guides, ...data.cases];
  const offeredIds = offered.map((item) => item.id);
  // The served HTML has no choice (a static page has no query); the address is read once mounted.
  const [chosen, setChosen] = useState<string[]>([]);
  useEffect(() => {
    setChosen(partsOf(location.search, offeredIds));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the offer is fixed for the page
  }, [location.search]);
  const toggle = (id: string) => {
    const next = offeredIds.filter((item) => (item === id) !== chosen.includes(item));
    const search = next.length > 0 ? `?${PARTS_PARAM}=${next.join(',')}` : '';
    history.replace({ pathname: location.pathname, search });
  };
  const titleOf = (id: string) => offered.find((item) => item.id === id)?.title;
  return (
    <PageLayout title={tr.t('pack.title')} description={tr.t('pack.description')}>
      <h1>{tr.t('pack.title')}</h1>
      <div className="no-print">
        <p>{tr.t('pack.intro')}</p>
        <form className="pack-form" aria-label={tr.t('pack.choose')}>
          <Choices
            legend={tr.t('training.guides')}
            items={data.guides}
            chosen={chosen}
            toggle={toggle}
          />
          <Choices
            legend={tr.t('training.cases')}
            items={data.cases}
            chosen={chosen}
            toggle={toggle}
          />
        </form>
        <p role="status">
          {chosen.length > 0 ? tr.t('pack.count', { count: chosen.length }) : tr.t('pack.empty')}{' '}
          {chosen.length > 0 && <PrintButton label={tr.t('pack.print')} />}
        </p>
      </div>
      {chosen.length > 0 && (
        <>
          <nav className="pack-contents" aria-labelledby="pack-contents-title">
            <h2 id="pack-contents-title">{tr.t('pack.contents')}</h2>
            <ol>
              {chosen.map((id) => {
                const title = titleOf(id);
                return (
                  <li key={id}>
                    <a href={`#${partAnchor(id)}`}>{title ? <Shown text={title} /> : id}</a>
                  </li>
                );
              })}
            </ol>
          </nav>
          {chosen.map((id) => (
            <PartFailure key={id} id={id}>
              <Suspense fallback={<p role="status">{tr.t('pack.loading')}</p>}>
                <PackPart id={id} />
              </Suspense>
            </PartFailure>
          ))}
        </>
      )}
    </PageLayout>
  );
});
