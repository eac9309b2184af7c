import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { useTranslator } from '../../../site/i18n/useTranslator';

type Props = WrapperProps<typeof ContentType>;

/**
 * Pages translated into the reader's language (their source lies under `i18n/<locale>/`) show
 * as they are. The others are in English only: in the other locales the page says so and marks
 * its content as English, so screen readers and hyphenation use the right language.
 */
export default function ContentWrapper(props: Props): React.JSX.Element {
  const tr = useTranslator();
  const { metadata } = useDoc();
  const translated = metadata.source.startsWith(`@site/i18n/${tr.locale}/`);
  if (tr.locale === 'en' || translated) return <Content {...props} />;
  return (
    <>
      <p className="content-note">{tr.t('docs.englishOnly')}</p>
      <div lang="en">
        <Content {...props} />
      </div>
    </>
  );
}
