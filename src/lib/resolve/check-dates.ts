import { errorAt } from '../load/diagnostic-at.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { instrumentIdOf } from '../grammar/record-id.js';
import type { PathSegment } from '../load/locate-node.js';
import type { SourceFile } from '../load/source-file.js';
import type { ValidatedCorpus } from '../validate/validated-corpus.js';
import type { CorpusIndex } from './corpus-index.js';
import type { Enacted } from '../schema/common.js';

/** How a message names the act a date marks. */
const EVENT_NOUNS: Record<Enacted['event'], string> = {
  adopted: 'adoption',
  promulgated: 'promulgation',
  assented: 'Royal Assent',
  published: 'publication',
  'opened-for-signature': 'opening for signature',
  'in-force': 'entry into force',
};

/**
 * Dates must follow the life of a law: in force on or after enactment, amended on or after
 * enactment, repealed on or after entry into force, amendments listed oldest first. A slip here
 * would put a penalty in force before the act that set it.
 */
export function checkDates(corpus: ValidatedCorpus, index: CorpusIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const notBefore = (
    source: SourceFile,
    path: PathSegment[],
    date: string | undefined,
    earliest: { date: string | undefined; what: string },
    what: string,
  ) => {
    if (date === undefined || earliest.date === undefined || date >= earliest.date) return;
    diagnostics.push(
      errorAt(source, path, {
        rule: 'date-order',
        message: `${what} (${date}) is before ${earliest.what} (${earliest.date})`,
        expected: `a date on or after ${earliest.date}`,
        actual: date,
        hint: 'Check both dates against the source; one of them is wrong.',
      }),
    );
  };

  for (const { source, data } of corpus.instruments) {
    notBefore(
      source,
      ['inForceFrom'],
      data.inForceFrom,
      { date: data.enacted?.date, what: `its ${EVENT_NOUNS[data.enacted?.event ?? 'adopted']}` },
      'entry into force',
    );
  }
  for (const { source, data } of corpus.provisions) {
    const instrument = index.instruments.get(instrumentIdOf(source.pathId))?.data;
    const ofInstrument = {
      date: instrument?.enacted?.date,
      what: 'the enactment of the instrument',
    };
    const enacted = data.enacted
      ? { date: data.enacted.date, what: 'the enactment of the provision' }
      : ofInstrument;
    notBefore(source, ['enacted', 'date'], data.enacted?.date, ofInstrument, 'enactment');
    notBefore(source, ['inForceFrom'], data.inForceFrom, enacted, 'entry into force');
    data.history.forEach((amendment, i) => {
      notBefore(source, ['history', i, 'date'], amendment.date, enacted, 'an amendment');
      notBefore(
        source,
        ['history', i, 'inForceFrom'],
        amendment.inForceFrom,
        { date: amendment.date, what: 'the amendment itself' },
        'the amendment’s entry into force',
      );
      const previous = data.history[i - 1];
      if (previous)
        notBefore(
          source,
          ['history', i, 'date'],
          amendment.date,
          { date: previous.date, what: 'the amendment listed before it' },
          'an amendment',
        );
    });
    if (data.repealed) {
      notBefore(
        source,
        ['repealed', 'date'],
        data.repealed.date,
        { date: data.inForceFrom, what: 'its entry into force' },
        'repeal',
      );
    }
  }
  return diagnostics;
}
