import React from 'react';
import type { CasePageData } from '../../lib/present/pages/page-types';
import { withPageData } from '../page-data/withPageData';
import { CaseBody } from '../training/CaseBody';
import { TrainingRecordPage } from '../training/TrainingRecordPage';

/** `/training/cases/<case>`: a case study to teach with. Prints as an A4 handout. */
export default withPageData(function CasePage({ data }: { data: CasePageData }): React.JSX.Element {
  return (
    <TrainingRecordPage
      data={data}
      description={data.facts.text.slice(0, 160)}
      className="training-case"
    >
      <CaseBody data={data} level={1} />
    </TrainingRecordPage>
  );
});
