/** Reader-facing wording of the schema's enumerated values (English). */
export const ENUM_LABELS: Record<string, Record<string, string>> = {
  online: {
    explicit: 'Explicitly covered (the text names ICT or networks)',
    implicit: 'Covered by general wording',
    aggravation: 'Online form is an aggravation',
    'not-covered': 'Not covered',
    unclear: 'Unclear',
  },
  mentalElement: {
    intent: 'Intent',
    'intent-with-purpose': 'Intent with a further purpose',
    knowledge: 'Knowledge',
    recklessness: 'Recklessness',
    negligence: 'Negligence',
    'not-stated': 'Not stated in the provision',
  },
  result: {
    none: 'None (conduct offense)',
    fear: 'Fear',
    anxiety: 'Anxiety',
    insecurity: 'Insecurity',
    distress: 'Distress',
    'serious-harm': 'Likely serious harm',
    'life-change': 'Change in way of life',
    'reputational-harm': 'Harm to reputation',
    other: 'Other (see note)',
  },
  consent: {
    'lack-of-consent-required': 'Lack of consent is an element',
    'against-will': 'Against the person’s will',
    'not-an-element': 'Not an element',
    irrelevant: 'Consent is no defence',
  },
  prosecution: {
    'ex-officio': 'Ex officio (by the state)',
    'on-complaint': 'Only on the victim’s complaint',
    'ex-officio-unless-victim-objects': 'Ex officio unless the victim objects',
    'private-prosecution': 'Private prosecution',
  },
  status: { 'in-force': 'In force', repealed: 'Repealed', 'not-yet-in-force': 'Not yet in force' },
  verification: { verified: 'Verified', partial: 'Partly verified', unverified: 'Unverified' },
  obligation: {
    criminalise: 'Must be criminalised',
    'criminal-or-other-sanction': 'Criminal or other legal sanction',
    define: 'Definition',
    procedural: 'Procedural rule',
    other: 'Other obligation',
  },
  form: { aggravated: 'Aggravated form', mitigated: 'Lesser form', distinct: 'Related offense' },
  instrumentKind: {
    'criminal-code': 'Criminal code',
    'special-act': 'Special act',
    act: 'Act',
    convention: 'Convention',
    protocol: 'Protocol',
    directive: 'Directive',
    recommendation: 'Recommendation',
  },
  titleSource: {
    'official-translation': 'official English translation',
    'reference-translation': 'government reference translation',
    'project-translation': 'Law Atlas translation',
    'original-language': 'original English',
  },
};

/** The label of `value` in `group`, or the value itself if none is defined. */
export function enumLabel(group: keyof typeof ENUM_LABELS | string, value: string): string {
  return ENUM_LABELS[group]?.[value] ?? value;
}
