import React from 'react';
import {
  aggravatedForm,
  basicForm,
  formatBarForm,
  type BarForm,
  type PenaltyBar,
} from '../../lib/present/penalty-chart';
import { useTranslator } from '../i18n/useTranslator';

const ROW = 34;
const LABEL_WIDTH = 300;
const CHART_WIDTH = 420;
const BAR = 12;

/**
 * Maximum imprisonment per provision, basic and aggravated, as an SVG bar chart rendered into
 * the static page, with a title, a description and a table as its text alternative.
 */
export function PenaltyChart({
  bars,
  id,
}: {
  bars: readonly PenaltyBar[];
  id: string;
}): React.JSX.Element {
  const tr = useTranslator();
  const withTerms = bars.filter(
    (bar) =>
      bar.basicMaxMonths !== null ||
      bar.aggravatedMaxMonths !== null ||
      bar.basicIsLife ||
      bar.aggravatedIsLife,
  );
  if (withTerms.length === 0) return <p className="not-recorded">{tr.t('chart.none')}</p>;
  const scale = Math.max(
    1,
    ...withTerms.flatMap((bar) => [bar.basicMaxMonths ?? 0, bar.aggravatedMaxMonths ?? 0]),
  );
  // Life imprisonment has no length to scale, so its bar runs the full width of the axis.
  const width = (form: BarForm) =>
    form.life
      ? CHART_WIDTH
      : form.months === null
        ? 0
        : Math.max(2, (form.months / scale) * CHART_WIDTH);
  const height = withTerms.length * ROW + 30;
  const term = (form: BarForm) => formatBarForm(form, tr) ?? tr.t('chart.notRecorded');
  return (
    <figure className="penalty-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${LABEL_WIDTH + CHART_WIDTH + 120} ${height}`}
        width="100%"
      >
        <title id={`${id}-title`}>{tr.t('chart.title')}</title>
        <desc id={`${id}-desc`}>
          {withTerms
            .map((bar) =>
              tr.t('chart.desc', {
                label: bar.label,
                basic: term(basicForm(bar)),
                aggravated: term(aggravatedForm(bar)),
              }),
            )
            .join('; ')}
        </desc>
        {withTerms.map((bar, index) => {
          const y = index * ROW + 4;
          return (
            <g key={bar.provisionId}>
              <text x={0} y={y + BAR + 2} className="chart-label">
                {bar.label.length > 44 ? `${bar.label.slice(0, 43)}…` : bar.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={width(basicForm(bar))}
                height={BAR}
                className="bar-basic"
              />
              <text
                x={LABEL_WIDTH + width(basicForm(bar)) + 6}
                y={y + BAR - 2}
                className="chart-value"
              >
                {term(basicForm(bar))}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + BAR + 2}
                width={width(aggravatedForm(bar))}
                height={BAR}
                className="bar-aggravated"
              />
              <text
                x={LABEL_WIDTH + width(aggravatedForm(bar)) + 6}
                y={y + 2 * BAR}
                className="chart-value"
              >
                {bar.aggravatedMaxMonths === null && !bar.aggravatedIsLife
                  ? ''
                  : term(aggravatedForm(bar))}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL_WIDTH}, ${height - 12})`}>
          <rect width={12} height={10} className="bar-basic" />
          <text x={16} y={9} className="chart-value">
            {tr.t('chart.basic')}
          </text>
          <rect x={110} width={12} height={10} className="bar-aggravated" />
          <text x={126} y={9} className="chart-value">
            {tr.t('chart.other')}
          </text>
        </g>
      </svg>
      <figcaption>
        <details>
          <summary>{tr.t('chart.tableSummary')}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{tr.t('chart.provision')}</th>
                <th scope="col">{tr.t('chart.basicMax')}</th>
                <th scope="col">{tr.t('chart.otherMax')}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.provisionId}>
                  <td>{bar.label}</td>
                  <td>{term(basicForm(bar))}</td>
                  <td>{term(aggravatedForm(bar))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
