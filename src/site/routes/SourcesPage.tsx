import React from 'react';
import Link from '@docusaurus/Link';
import type { SourcesPageData } from '../../lib/present/site-data';
import { sitePaths } from '../../lib/present/site-paths';
import { enumLabel } from '../../lib/present/enum-labels';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { useTranslator } from '../i18n/useTranslator';
import { Message } from '../i18n/Message';
import { OffenseTypeNotes } from '../components/OffenseTypeNotes';
import { SourceKindBadge } from '../components/SourceKindBadge';

/** `/sources`: per jurisdiction, the sources the records cite and what is not verified. */
export default function SourcesPage({ data }: { data: SourcesPageData }): React.JSX.Element {
  const tr = useTranslator();
  const { labels } = data;
  return (
    <PageLayout title={tr.t('sourcesPage.title')} description={tr.t('sourcesPage.description')}>
      <RichTextProvider map={data.rich}>
        <h1>{tr.t('sourcesPage.title')}</h1>
        <p>
          <Message
            text={tr.t('sourcesPage.intro')}
            parts={{
              methodology: <Link to="/docs/methodology">{tr.t('sourcesPage.methodology')}</Link>,
            }}
          />
        </p>
        <nav aria-label={tr.t('table.jurisdiction')} className="register-index">
          {data.registers.map((register, index) => (
            <React.Fragment key={register.code}>
              {index > 0 && ' · '}
              <a href={`#${register.code}`}>{labels.jurisdictions[register.code]}</a>
            </React.Fragment>
          ))}
        </nav>
        {data.registers.map((register) => (
          <section key={register.code} aria-labelledby={register.code} className="register">
            <h2 id={register.code}>
              <Link to={sitePaths.jurisdiction(register.code)}>
                {labels.jurisdictions[register.code]}
              </Link>
            </h2>
            <p>
              {tr.t('sourcesPage.counts', {
                verified: tr.number(register.counts.verified),
                partial: tr.number(register.counts.partial),
                unverified: tr.number(register.counts.unverified),
              })}
            </p>
            <h3>{tr.t('sourcesPage.sources')}</h3>
            <ul className="sources">
              {register.sources.map((source) => (
                <li key={source.url}>
                  <SourceKindBadge kind={source.kind} />{' '}
                  <a href={source.url} rel="noopener noreferrer">
                    {source.title}
                  </a>{' '}
                  <span className="source-meta">
                    ({tr.t('sourcesPage.citedBy', { count: source.citedBy })})
                  </span>
                </li>
              ))}
            </ul>
            <h3>{tr.t('sourcesPage.open')}</h3>
            {register.open.length === 0 ? (
              <p>{tr.t('sourcesPage.allVerified')}</p>
            ) : (
              <ul className="register-open">
                {register.open.map((item) => (
                  <li key={item.id}>
                    <Link to={sitePaths.provision(item.id)}>{item.id}</Link>{' '}
                    <span className={`badge verification verification--${item.status}`}>
                      {enumLabel(tr, 'verification', item.status)}
                    </span>
                    <Prose text={item.note} />
                  </li>
                ))}
              </ul>
            )}
            {register.notResearched.length > 0 && (
              <>
                <h3>{tr.t('sourcesPage.notResearched')}</h3>
                <OffenseTypeNotes notes={register.notResearched} labels={labels} />
              </>
            )}
          </section>
        ))}
      </RichTextProvider>
    </PageLayout>
  );
}
