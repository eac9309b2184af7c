import React, { useEffect } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import { sitePaths } from '../../lib/present/site-paths';
import { useTranslator } from '../i18n/useTranslator';
import { EXIT_PRESSES, EXIT_URL, EXIT_WINDOW_MS } from './exit-target';

/**
 * Leaves at once: hides the page before the browser has left it, and replaces this page in the
 * history with the neutral site, so Back does not return here.
 */
function leave(): void {
  document.documentElement.classList.add('help-leaving');
  window.location.replace(EXIT_URL);
}

/**
 * The quick exit of every help page: a button always in view, and Shift pressed three times.
 * GOV.UK's "Exit this page" tested Escape and rejected it (browsers and assistive technology use
 * it, and it stops a page loading); three Shift presses are hard to make by accident and need no
 * aiming. Pages also send no referrer, so the neutral site does not learn where the reader was.
 */
export function QuickExit(): React.JSX.Element {
  const tr = useTranslator();
  useEffect(() => {
    let presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') {
        presses = [];
        return;
      }
      if (event.repeat) return;
      const now = event.timeStamp;
      presses = [...presses.filter((at) => now - at < EXIT_WINDOW_MS), now];
      if (presses.length >= EXIT_PRESSES) leave();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="quick-exit no-print">
      <Head>
        <meta name="referrer" content="no-referrer" />
      </Head>
      <a
        className="quick-exit__button"
        href={EXIT_URL}
        rel="noreferrer"
        onClick={(event) => {
          event.preventDefault();
          leave();
        }}
      >
        {tr.t('help.exit')}
      </a>
      <span className="quick-exit__hint">
        {tr.t('help.exitHint')}{' '}
        <Link to={sitePaths.helpExit} replace>
          {tr.t('help.exitLimits')}
        </Link>
      </span>
    </div>
  );
}
