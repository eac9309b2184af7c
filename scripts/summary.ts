/**
 * `npm start` until the site exists: compiles the bundled records and prints what they hold,
 * by jurisdiction and verification status.
 */
import { compile } from '../src/lib/compile.js';
import { formatReport } from '../src/lib/diagnostics/format-report.js';
import { PROVISIONS_DIR } from '../src/lib/project-paths.js';

const result = await compile(PROVISIONS_DIR);
if (!result.ok) {
  console.error(formatReport(result.diagnostics));
  process.exit(1);
}
const { provisions, jurisdictions, offenseTypes } = result.corpus;
console.log(
  `Law Atlas: ${provisions.length} provisions, ${jurisdictions.length} jurisdictions, ${offenseTypes.length} offense types\n`,
);
for (const jurisdiction of jurisdictions) {
  console.log(`${jurisdiction.name.en} (${jurisdiction.id})`);
  for (const provision of provisions.filter((item) => item.jurisdiction === jurisdiction.id)) {
    const article = provision.article ?? '(article not confirmed)';
    console.log(
      `  ${provision.instrument.abbreviation ?? provision.instrument.title.en} ${article}  ${provision.title.en}  [${provision.verification.status}]`,
    );
  }
}
