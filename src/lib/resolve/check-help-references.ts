import { errorAt } from '../load/diagnostic-at.js';
import {
  guidanceParts,
  jurisdictionIdOf,
  PROVISION_ID,
  serviceAreaOf,
  SERVICE_ID,
} from '../grammar/record-id.js';
import type { PathSegment } from '../load/locate-node.js';
import type { SourceFile } from '../load/source-file.js';
import { valueAt } from '../validate/describe-issue.js';
import { stringsAt, type TrainingReferenceContext } from './check-training-references.js';

/** The parts of a help page that send the reader to services. */
const ROUTES = ['removal', 'report', 'help'] as const;

/**
 * A help page speaks to a person in one country: the law it cites is that country's, and the
 * services it sends her to serve that country or everyone. A page in Skopje must never give a
 * Korean number.
 */
export function checkHelpReferences(
  source: SourceFile,
  context: TrainingReferenceContext & { serviceIds: ReadonlySet<string> },
) {
  const { reference, diagnostics } = context;
  const { country } = guidanceParts(source.pathId);
  for (const [i, id] of stringsAt(source.data, ['offenseTypes']))
    reference(source, ['offenseTypes', i], id, context.offenseTypeIds, 'offense type');
  const misplaced = (path: PathSegment[], id: string, what: string, expected: string) =>
    diagnostics.push(
      errorAt(source, path, {
        rule: 'help-reference',
        message: `"${id}" is not ${what} of ${country}, the country of this page`,
        expected,
        actual: id,
        hint: `Name ${expected}, or move the advice to the page of the other country.`,
      }),
    );
  for (const [i, id] of stringsAt(source.data, ['crime', 'provisions'])) {
    const path = ['crime', 'provisions', i];
    reference(source, path, id, context.provisionIds, 'provision');
    if (PROVISION_ID.test(id) && jurisdictionIdOf(id) !== country)
      misplaced(path, id, 'a provision', `a provision of ${country}`);
  }
  for (const route of ROUTES) {
    if (valueAt(source.data, [route]) === undefined) continue;
    for (const [i, id] of stringsAt(source.data, [route, 'services'])) {
      const path = [route, 'services', i];
      reference(source, path, id, context.serviceIds, 'service');
      const area = SERVICE_ID.test(id) ? serviceAreaOf(id) : undefined;
      if (area !== undefined && area !== country && area !== 'international')
        misplaced(path, id, 'a service', `a service of ${country} or an international one`);
    }
  }
}
