import React from 'react';
import type {
  GuideEvidenceView,
  GuidePageData,
  TrainingRef,
} from '../../lib/present/pages/page-types';
import { enumLabel } from '../../lib/present/enum-labels';
import { useTranslator } from '../i18n/useTranslator';
import { Heading } from './Heading';
import { RelatedRecords } from './RelatedRecords';
import { Shown } from './Shown';
import { TrainingRefList } from './TrainingRefLink';

function Evidence({
  item,
  provisions,
}: {
  item: GuideEvidenceView;
  provisions: Record<string, TrainingRef>;
}): React.JSX.Element {
  const tr = useTranslator();
  return (
    <li className="guide-evidence">
      <Shown text={item.what} as="p" />
      <p className="guide-evidence__meta">
        <span>
          <strong>{tr.t('guide.heldBy')}:</strong> {enumLabel(tr, 'holder', item.heldBy)}
        </span>
        <br />
        <span>
          <strong>{tr.t('guide.obtainedBy')}:</strong>{' '}
          {item.obtainedBy.length > 0 ? (
            <TrainingRefList ids={item.obtainedBy} provisions={provisions} />
          ) : (
            <span className="not-recorded">{tr.t('guide.noPower')}</span>
          )}
        </span>
      </p>
      {item.note && <Shown text={item.note} as="p" className="guide-evidence__note" />}
    </li>
  );
}

/**
 * An evidence guide: per country, side by side, the provisions, each element to prove with the
 * evidence, who holds it and the power that obtains it, then the pitfalls. `level` is the level
 * of the guide's own title, so a course pack can nest it.
 */
export function GuideBody({
  data,
  level,
}: {
  data: GuidePageData;
  level: number;
}): React.JSX.Element {
  const tr = useTranslator();
  return (
    <>
      <Shown text={data.summary} as="p" className="guide-summary" />
      <div className="guide-sections">
        {data.sections.map((section) => (
          <section
            key={section.jurisdiction}
            className="guide-section"
            data-jurisdiction={section.jurisdiction}
          >
            <Heading level={level + 1}>
              {data.labels.jurisdictions[section.jurisdiction] ?? section.jurisdiction}
            </Heading>
            <p>
              <strong>{tr.t('guide.provisions')}:</strong>{' '}
              <TrainingRefList ids={section.provisions} provisions={data.provisions} />
            </p>
            <ol className="guide-elements">
              {section.elements.map((element, index) => (
                <li key={index} className="guide-element">
                  <p className="guide-element__prove">
                    <strong>{tr.t('guide.element')}:</strong> <Shown text={element.prove} />
                  </p>
                  <ul className="guide-evidence-list" aria-label={tr.t('guide.evidence')}>
                    {element.evidence.map((item, at) => (
                      <Evidence key={at} item={item} provisions={data.provisions} />
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            {section.pitfalls.length > 0 && (
              <>
                <Heading level={level + 2}>{tr.t('guide.pitfalls')}</Heading>
                <ul className="guide-pitfalls">
                  {section.pitfalls.map((pitfall, index) => (
                    <li key={index}>
                      <Shown text={pitfall} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        ))}
      </div>
      {data.crossBorder && (
        <section className="guide-cross-border">
          <Heading level={level + 1}>{tr.t('guide.crossBorder')}</Heading>
          <Shown text={data.crossBorder} as="p" />
        </section>
      )}
      <RelatedRecords title={tr.t('training.cases')} items={data.cases} level={level + 1} />
    </>
  );
}
