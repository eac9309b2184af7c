import type { CompiledProvision } from '../schema/compiled.js';
import { compareCodePoints } from '../grammar/code-point-order.js';

/**
 * The date a record's law stands as of: the day its sources were last read (`YYYY-MM-DD`). A
 * printed page states it for every record, since the law may have changed since.
 */
export function lawAsOf(provision: {
  sources: readonly Pick<CompiledProvision['sources'][number], 'retrieved'>[];
}): string | null {
  const dates = provision.sources.map((source) => source.retrieved).sort(compareCodePoints);
  return dates.at(-1) ?? null;
}
