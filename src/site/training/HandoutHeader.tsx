import React from 'react';
import type { Handout } from '../../lib/present/pages/page-types';
import { useTranslator } from '../i18n/useTranslator';

/** The permalink as a QR code, drawn from the modules computed at build time. */
function QrImage({ handout }: { handout: Handout }): React.JSX.Element {
  const { size, path } = handout.qr;
  return (
    <svg
      className="handout-qr"
      viewBox={`-2 -2 ${size + 4} ${size + 4}`}
      role="img"
      aria-label={handout.permalink}
      shapeRendering="crispEdges"
    >
      <rect x={-2} y={-2} width={size + 4} height={size + 4} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** The date line every handout carries: the law it states is known as of that day. */
export function LawAsOfLine({ handout }: { handout: Handout }): React.JSX.Element {
  const tr = useTranslator();
  return (
    <p className="handout-law-as-of">
      {handout.lawAsOf
        ? tr.t('handout.lawAsOf', { date: tr.date(handout.lawAsOf) })
        : tr.t('handout.lawAsOfUnknown')}
    </p>
  );
}

/**
 * The head of a printed handout: title, the permalink as text and as a QR code, and the day the
 * law stands as of. Shown only in print; the screen has the page's own heading.
 */
export function HandoutHeader({
  title,
  handout,
}: {
  title: string;
  handout: Handout;
}): React.JSX.Element {
  const tr = useTranslator();
  return (
    <aside className="print-only handout-header" data-handout-header="">
      <QrImage handout={handout} />
      <div>
        <p className="handout-header__title">Law Atlas — {title}</p>
        <p>
          {tr.t('handout.scan')}: {handout.permalink}
        </p>
        <LawAsOfLine handout={handout} />
      </div>
    </aside>
  );
}
