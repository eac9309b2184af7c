import {
  PROVISION_ID,
  INSTRUMENT_ID,
  JURISDICTION_ID,
  FINDING_ID,
  GUIDE_ID,
  CASE_ID,
  SERVICE_ID,
  GUIDANCE_ID,
  findingJurisdictionOf,
} from '../grammar/record-id.js';
import { pathOfRecord, type RecordKind } from '../grammar/record-path.js';
import { modelineFor } from './editor-schemas.js';

/** A new record file to create: where, and its starting text. */
export interface Scaffold {
  kind: RecordKind;
  relativePath: string;
  text: string;
}

/** How every record that cites sources ends: where it was read, and how far it was checked. */
const SOURCES_AND_VERIFICATION = `sources:
  - url: # https://...
    title:
    kind: official # official | secondary
    retrieved: # YYYY-MM-DD
verification:
  status: unverified # verified | partial | unverified
  note: # what you checked, where, and what you could not check
`;

const TEMPLATES: Record<Exclude<RecordKind, 'vocabulary'>, (id: string) => string> = {
  jurisdiction: (id) => `id: ${id}
name:
  en: # the name in English
kind: state # state | sub-national | international-organisation
languages: [] # official languages of its law, main first, e.g. [mk]
legalPortal:
  title: # the official legal portal
  url: # https://...
currency: # ISO 4217, e.g. MKD
notes: # what its law does not cover; caveats on sources
sources: []
`,
  instrument: (id) => `id: ${id}
title: {} # official title in the original language, e.g. {mk: Кривичен законик}
englishTitle: # the English title to display
englishTitleSource: project-translation # official-translation | reference-translation | project-translation | original-language
kind: criminal-code # criminal-code | special-act | act | convention | protocol | directive | recommendation
officialUrl: # https://... the official page of the act
enacted:
  date: # YYYY-MM-DD
  event: adopted # adopted | promulgated | assented | published | opened-for-signature | in-force
inForceFrom: # YYYY-MM-DD
publications: [] # - {reference: "Службен весник 37/1996", date: 1996-07-29}
sources:
  - url: # https://...
    title:
    kind: official # official | secondary
    retrieved: # YYYY-MM-DD, the day you read it
verification:
  status: unverified # verified | partial | unverified
  note: # what you checked, where, and what you could not check
`,
  provision: (id) => `id: ${id}
article: # as cited in English, e.g. 144-a; leave out until confirmed
articleOriginal: # as cited in the original language, e.g. член 144-а
title: {} # the official heading in the original language, e.g. {mk: Демнење}
englishTitle: # the English heading to display
englishTitleSource: project-translation # official-translation | reference-translation | project-translation | original-language
offenseTypes: [] # ids from provisions/_vocabulary/offense-types.yaml
implements: [] # international provisions, e.g. coe/istanbul-convention/34
related: []
elements:
  conduct: # own words
  means:
    online: unclear # explicit | implicit | aggravation | not-covered | unclear
  mentalElement:
    kind: intent # intent | intent-with-purpose | knowledge | recklessness | negligence | not-stated
  result:
    kinds: [none] # none | fear | anxiety | insecurity | distress | serious-harm | life-change | reputational-harm | other
  victimScope: # own words
penalties: # national provisions only; international ones use obligation instead
  basic:
    imprisonment: {max: } # e.g. {min: 6 months, max: 3 years}
    alternative: false # true when imprisonment and fine are alternatives
  aggravated: [] # - {form: aggravated, paragraph: '(2)', condition: ..., penalty: {imprisonment: {min: 6 months, max: 5 years}}}
prosecution:
  mode: not-yet-read # ex-officio | on-complaint | on-motion | ex-officio-unless-victim-objects | private-prosecution | not-yet-read
status: reported-adopted # in-force | not-yet-in-force | repealed need an official source read or a gazette reference; else reported-adopted | draft
checkedTo: # up to which gazette or date the text you read is current
  publication: # e.g. Службен весник 36/2023
inForceFrom: # YYYY-MM-DD
history: []
summary:
  en: # own words; never copy the statute
${SOURCES_AND_VERIFICATION}`,
  finding: (id) => `id: ${id}
jurisdiction: ${findingJurisdictionOf(id)}
offenseType: # an id from provisions/_vocabulary/offense-types.yaml
obligation: # the standard's provision, e.g. coe/istanbul-convention/34
assessment: unclear # meets | partly | does-not | unclear
reasoning:
  en: # own words: what matches the obligation, what does not
restsOn: [] # provisions of this jurisdiction the finding rests on
comparedWith: [] # provisions of other jurisdictions that meet it another way
writtenFrom: {} # e.g. {mk: en} when the Macedonian text was written from the English one
${SOURCES_AND_VERIFICATION}`,
  guide: (id) => `id: ${id}
offenseTypes: [] # ids from provisions/_vocabulary/offense-types.yaml
title:
  en: # e.g. Stalking
summary:
  en: # own words: what the guide is for
sections: # one per country, shown side by side
  - jurisdiction: mk
    provisions: [] # the substantive provisions whose elements are proven
    elements:
      - prove:
          en: # the element to prove, in own words
        evidence:
          - what:
              en: # the evidence that proves it
            heldBy: victim-device # victim-device | suspect-device | domestic-provider | foreign-provider | telecom-operator | financial-institution | witness | public-web
            obtainedBy: [] # procedural provisions (records with a procedure block)
    pitfalls: []
writtenFrom: {}
${SOURCES_AND_VERIFICATION}`,
  service: (id) => `id: ${id}
kind: helpline # emergency | police-report | online-report | helpline | victim-support | legal-aid | removal | hotline
name:
  en: # the official name in English, or the project's translation
does:
  en: # what it does for a person, in plain own words
contacts:
  - kind: phone # phone | sms | web | email | address | app
    value: # exactly as the source gives it; leave the contact out if no source confirms it
languages: [] # only as a source says
cost: unknown # free | charged | unknown
lastChecked: # YYYY-MM-DD, the day the contacts were confirmed
writtenFrom: {}
${SOURCES_AND_VERIFICATION}`,
  guidance: (id) => `id: ${id}
offenseTypes: []
title:
  en: # the problem as a person would put it
summary:
  en: # you are not to blame; what this page helps with
crime:
  text:
    en: # whether and how it is a crime here, in plain words
  provisions: [] # the country's provisions; the page states their penalties
recognise:
  - en: # a sign or a tactic
doNow:
  - en: # a step to take now
keepProof:
  - en: # what to keep, and how
report:
  text:
    en:
  services: [] # service records of the country or international ones
help:
  text:
    en:
  services: []
protect:
  - en: # a step to protect accounts and devices
writtenFrom: {}
${SOURCES_AND_VERIFICATION}`,
  case: (id) => `id: ${id}
kind: scenario # real | scenario
title:
  en:
offenseTypes: []
facts:
  en: # neutral words, no victims' names
charges:
  - jurisdiction: mk
    basis: chargeable # charged (as the sources report) | chargeable (the project's reading)
    provisions: []
steps:
  - en: # the first investigative step
questions:
  - question:
      en:
    answer:
      en:
writtenFrom: {}
${SOURCES_AND_VERIFICATION}`,
};

/**
 * The file `npm run new -- <id>` creates: a provision (`kr/stalking-act/18`), an instrument
 * (`kr/stalking-act`), a jurisdiction (`kr`), a finding (`findings/mk/stalking-istanbul-34`), an
 * evidence guide (`guides/stalking`) or a case study (`cases/nth-room`), with the editor modeline
 * and every field to fill. Returns undefined when the id fits none of these forms.
 */
export function scaffoldRecord(id: string): Scaffold | undefined {
  const kind: Exclude<RecordKind, 'vocabulary'> | undefined = FINDING_ID.test(id)
    ? 'finding'
    : GUIDE_ID.test(id)
      ? 'guide'
      : CASE_ID.test(id)
        ? 'case'
        : SERVICE_ID.test(id)
          ? 'service'
          : GUIDANCE_ID.test(id)
            ? 'guidance'
            : PROVISION_ID.test(id)
              ? 'provision'
              : INSTRUMENT_ID.test(id)
                ? 'instrument'
                : JURISDICTION_ID.test(id)
                  ? 'jurisdiction'
                  : undefined;
  if (!kind) return undefined;
  const relativePath = pathOfRecord(kind, id);
  return { kind, relativePath, text: `${modelineFor(kind, relativePath)}\n${TEMPLATES[kind](id)}` };
}
