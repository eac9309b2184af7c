import React from 'react';
import type { GuidePageData } from '../../lib/present/pages/page-types';
import { withPageData } from '../page-data/withPageData';
import { GuideBody } from '../training/GuideBody';
import { TrainingRecordPage } from '../training/TrainingRecordPage';

/**
 * `/training/guides/<guide>`: one offense, North Macedonia and Korea side by side, from the
 * element to prove to the power that obtains its evidence. Prints as an A4 handout.
 */
export default withPageData(function GuidePage({
  data,
}: {
  data: GuidePageData;
}): React.JSX.Element {
  return (
    <TrainingRecordPage data={data} description={data.summary.text} className="training-guide">
      <GuideBody data={data} level={1} />
    </TrainingRecordPage>
  );
});
