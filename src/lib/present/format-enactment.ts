import type { Translator } from '../i18n/translator.js';
import type { CompiledProvision } from '../schema/compiled.js';
import { enumLabel } from './enum-labels.js';

type Enacted = NonNullable<CompiledProvision['enacted']>;
type CheckedTo = NonNullable<CompiledProvision['checkedTo']>;

/** `Promulgated 19 May 2020 (Act No. 17264)`: the date with the act it marks, never a bare date. */
export function formatEnacted(enacted: Enacted, tr: Translator): string {
  const event = enumLabel(tr, 'dateEvent', enacted.event);
  const reference = enacted.reference ? ` (${enacted.reference})` : '';
  return `${event} ${tr.date(enacted.date)}${reference}`;
}

/** `Службен весник 36/2023; 3 April 2023`: how current the text read is. */
export function formatCheckedTo(checkedTo: CheckedTo, tr: Translator): string {
  return [checkedTo.publication, checkedTo.date === null ? null : tr.date(checkedTo.date)]
    .filter((part): part is string => part !== null)
    .join('; ');
}
