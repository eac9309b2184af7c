import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useTranslator } from '../../../site/i18n/useTranslator';

type Props = WrapperProps<typeof ContentType>;

/**
 * The documentation is written in English only: in the other locales the page says so and marks
 * its content as English, so screen readers and hyphenation use the right language.
 */
export default function ContentWrapper(props: Props): React.JSX.Element {
  const tr = useTranslator();
  if (tr.locale === 'en') return <Content {...props} />;
  return (
    <>
      <p className="content-note">{tr.t('docs.englishOnly')}</p>
      <div lang="en">
        <Content {...props} />
      </div>
    </>
  );
}
