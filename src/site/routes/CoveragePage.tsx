import React from 'react';
import Link from '@docusaurus/Link';
import type { CoveragePageData, ProvisionSummary } from '../../lib/present/site-data';
import { sitePaths } from '../../lib/present/site-paths';
import { PageLayout } from '../components/PageLayout';

const FINDINGS: Record<string, string> = {
  'no-specific-offense': 'No specific offense',
  decriminalised: 'Decriminalised',
  'not-yet-researched': 'Not yet researched',
};

/** A cell: the recorded provisions, and what the jurisdiction record says when there are none. */
function Cell({
  ids,
  provisions,
  note,
}: {
  ids: readonly string[];
  provisions: Record<string, ProvisionSummary>;
  note?: { finding: string; text: string };
}): React.JSX.Element {
  const finding = note ? (
    <p className="coverage-note">
      <strong>{FINDINGS[note.finding] ?? note.finding}.</strong> {note.text}
    </p>
  ) : null;
  if (ids.length === 0)
    return finding ?? <span className="not-recorded">No provision recorded</span>;
  return (
    <>
      {finding}
      <ul className="cell-list">
        {ids.map((id) => {
          const provision = provisions[id];
          return (
            <li key={id}>
              <Link to={sitePaths.provision(id)}>
                {provision
                  ? `${provision.instrumentTitle} ${provision.article ?? '(art. not confirmed)'}`
                  : id}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** `/coverage`: offense types × jurisdictions, and each international standard against each jurisdiction. */
export default function CoveragePage({ data }: { data: CoveragePageData }): React.JSX.Element {
  const { matrix, labels, provisions } = data;
  const instruments = [...new Set(data.standards.map((standard) => standard.instrumentId))];
  return (
    <PageLayout
      title="Coverage"
      description="Which jurisdictions have a provision for each offense type and each international standard."
    >
      <h1>Coverage</h1>
      <p>
        Each cell lists the recorded provisions. “No provision recorded” means the atlas holds none:
        either the law has no such offense or it has not been recorded yet; the jurisdiction page
        says which.
      </p>
      <h2 id="offense-types">Offense types × jurisdictions</h2>
      <div className="table-scroll">
        <table className="coverage">
          <thead>
            <tr>
              <th scope="col">Offense type</th>
              {matrix.jurisdictions.map((code) => (
                <th scope="col" key={code}>
                  <Link to={sitePaths.jurisdiction(code)}>{labels.jurisdictions[code]}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.offenseType}>
                <th scope="row">
                  <Link to={sitePaths.offense(row.offenseType)}>
                    {labels.offenseTypes[row.offenseType]}
                  </Link>
                </th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.jurisdiction}
                    className={cell.provisionIds.length > 0 ? 'covered' : 'gap'}
                  >
                    <Cell ids={cell.provisionIds} provisions={provisions} note={cell.note} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="standards">International standards: gap analysis</h2>
      <p>
        For each recorded article of an international instrument, the national provisions mapped to
        it as implementing it.
      </p>
      {instruments.map((instrumentId) => (
        <section key={instrumentId}>
          <h3>
            <Link to={sitePaths.instrument(instrumentId)}>{labels.instruments[instrumentId]}</Link>
          </h3>
          <div className="table-scroll">
            <table className="coverage">
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  {matrix.jurisdictions.map((code) => (
                    <th scope="col" key={code}>
                      {labels.jurisdictions[code]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.standards
                  .filter((standard) => standard.instrumentId === instrumentId)
                  .map((standard) => {
                    const provision = provisions[standard.standardId];
                    return (
                      <tr key={standard.standardId}>
                        <th scope="row">
                          <Link to={sitePaths.provision(standard.standardId)}>
                            Art. {provision?.article}: {provision?.title.en}
                          </Link>
                        </th>
                        {standard.cells.map((cell) => (
                          <td
                            key={cell.jurisdiction}
                            className={cell.provisionIds.length > 0 ? 'covered' : 'gap'}
                          >
                            <Cell ids={cell.provisionIds} provisions={provisions} />
                          </td>
                        ))}
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </PageLayout>
  );
}
