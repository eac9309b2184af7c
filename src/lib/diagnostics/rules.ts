/** What one validation rule is for: the catalog entry behind every diagnostic's `rule`. */
export interface RuleEntry {
  /** `error` stops the export and the build; `warning` is reported and lets them through. */
  severity: 'error' | 'warning';
  /** The stage that applies it: reading files, parsing YAML, the schema, or cross-file checks. */
  stage: 'files' | 'yaml' | 'schema' | 'corpus';
  /** What the rule checks. */
  meaning: string;
  /** The mistake it stops from reaching the atlas. */
  prevents: string;
  /** What to do when it fires. */
  fix: string;
}

/**
 * Every rule the compiler reports, in the order of the pipeline. Diagnostics name one of these
 * ids, the data-format page prints this table, and a test proves each one fires on a fixture.
 */
export const RULES = {
  'unreadable-folder': {
    severity: 'error',
    stage: 'files',
    meaning: 'A folder under the records root could not be listed.',
    prevents: 'Records silently missing from the export because their folder was not readable.',
    fix: 'Check the folder’s permissions, or move the records out of it.',
  },
  'unreadable-file': {
    severity: 'error',
    stage: 'files',
    meaning: 'A record file could not be read.',
    prevents: 'A record silently missing from the export.',
    fix: 'Check the file’s permissions and that it still exists.',
  },
  'symbolic-link': {
    severity: 'error',
    stage: 'files',
    meaning: 'A symbolic link lies under the records root; links are not followed.',
    prevents:
      'A record read from outside the repository, or the same record read twice under two ids.',
    fix: 'Replace the link with the file itself.',
  },
  'not-a-regular-file': {
    severity: 'error',
    stage: 'files',
    meaning: 'A device, pipe or socket lies under the records root.',
    prevents: 'A command hanging on a pipe, or reading something that is not a record.',
    fix: 'Remove it from the records folder.',
  },
  'file-extension': {
    severity: 'error',
    stage: 'files',
    meaning: 'A YAML file is named `.yml` or with capitals (`.YAML`); records end in `.yaml`.',
    prevents: 'A record that is written but never loaded, and vanishes from the atlas.',
    fix: 'Rename the file to end in `.yaml`.',
  },
  'stray-file': {
    severity: 'error',
    stage: 'files',
    meaning:
      'A file that is not a record (`.json`, `.txt`, a backup copy) lies under the records root; READMEs and hidden files are allowed.',
    prevents: 'A record saved in another format that is never loaded.',
    fix: 'Convert it to a `.yaml` record, or move it out of `provisions/`.',
  },
  'misplaced-file': {
    severity: 'error',
    stage: 'files',
    meaning: 'A `.yaml` file lies where no record belongs, or its name is not a valid id.',
    prevents: 'A record whose id cannot be derived from its path.',
    fix: 'Move or rename it: `<jurisdiction>/<instrument>/<article>.yaml`, lower-case letters, digits and hyphens.',
  },
  'file-too-large': {
    severity: 'error',
    stage: 'files',
    meaning: 'A record file is larger than 256 KiB (the largest record today is about 20 KB).',
    prevents: 'Unbounded parsing time and pages carrying megabytes of text.',
    fix: 'Shorten the record; long texts belong in the sources, not in the record.',
  },
  encoding: {
    severity: 'error',
    stage: 'files',
    meaning: 'The file is not valid UTF-8 (a bad byte, or a UTF-16/UTF-32 file).',
    prevents:
      'Letters silently replaced by “�”, or a whole file read as empty, in a legal heading.',
    fix: 'Save the file as UTF-8 in your editor; the position given is the first bad byte.',
  },
  'control-character': {
    severity: 'error',
    stage: 'files',
    meaning: 'The file holds an invisible control character (NUL, escape, C1 controls).',
    prevents: 'Invisible characters in headings and ids that break search, CSV and display.',
    fix: 'Delete the character at the position given (retype the text around it).',
  },
  'bidi-control': {
    severity: 'error',
    stage: 'files',
    meaning: 'The file holds a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069).',
    prevents:
      'Text that displays in a different order than it is stored, e.g. an article number or a URL that reads as another.',
    fix: 'Delete the character; right-to-left scripts display correctly without it.',
  },
  'yaml-syntax': {
    severity: 'error',
    stage: 'yaml',
    meaning: 'The file is not well-formed YAML.',
    prevents: 'A record that cannot be read at all.',
    fix: 'Check indentation, colons and quotes at the position given.',
  },
  'duplicate-key': {
    severity: 'error',
    stage: 'yaml',
    meaning: 'The same key appears twice in one mapping.',
    prevents: 'The second value silently replacing the first.',
    fix: 'Remove one of the two entries, or merge them.',
  },
  'yaml-tag': {
    severity: 'error',
    stage: 'yaml',
    meaning: 'A value carries a YAML tag (`!custom`, `!!js/function`, `!!str`).',
    prevents:
      'Values whose meaning depends on the program reading them; an unknown tag used to drop the whole record.',
    fix: 'Remove the tag; put quotes around a value that must stay text.',
  },
  'yaml-directive': {
    severity: 'error',
    stage: 'yaml',
    meaning: 'The file starts with a YAML directive (`%YAML`, `%TAG`, or an unknown one).',
    prevents:
      'A record read under other YAML rules (YAML 1.1 turns `no` into false and some dates into numbers).',
    fix: 'Delete the directive line and the `---` after it.',
  },
  'yaml-multiple-documents': {
    severity: 'error',
    stage: 'yaml',
    meaning: 'The file holds more than one YAML document (a second `---`).',
    prevents: 'Everything after the separator being ignored without a word.',
    fix: 'One record per file: move the second document to its own file.',
  },
  'yaml-alias': {
    severity: 'error',
    stage: 'yaml',
    meaning:
      'The file uses more than 10 YAML aliases (`*name`), an alias with no anchor, or aliases that expand too far.',
    prevents: 'An “alias bomb”: a few lines that expand to millions of values and exhaust memory.',
    fix: 'Write the values out; records do not need aliases.',
  },
  'yaml-nesting': {
    severity: 'error',
    stage: 'yaml',
    meaning: 'Mappings and lists are nested deeper than 12 levels.',
    prevents: 'A crash from exhausted stack space on deeply nested input.',
    fix: 'Check the indentation; no field of a record is deeper than 6 levels.',
  },
  'missing-field': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A required field is missing.',
    prevents: 'A record that cannot be shown or compared because a fact it must state is absent.',
    fix: 'Add the field named.',
  },
  'unknown-field': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A field that the schema does not define.',
    prevents: 'A typo (`sumary`) whose value is silently ignored.',
    fix: 'Correct the name (the nearest known field is suggested) or remove it.',
  },
  'invalid-type': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A value of the wrong kind (text where a list is expected, a number for text).',
    prevents: 'Values the site and the export would misread.',
    fix: 'Write the value in the form given under “expected”.',
  },
  'invalid-value': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A value outside the allowed list (a status, a kind, a language code).',
    prevents: 'Categories that no filter, table or count knows.',
    fix: 'Use one of the listed values (the nearest is suggested).',
  },
  'empty-value': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A text or list that must hold something is empty.',
    prevents: 'Blank headings, summaries and source lists.',
    fix: 'Fill it in, or remove the field if it is optional.',
  },
  'too-long': {
    severity: 'error',
    stage: 'schema',
    meaning:
      'A text is longer than its field allows (500 characters for a line, 10,000 for prose, 2,000 for a URL).',
    prevents: 'Unbounded pages and exports, and statute text pasted into a summary.',
    fix: 'Shorten it; summarise in your own words and link to the source.',
  },
  'invalid-id': {
    severity: 'error',
    stage: 'schema',
    meaning: 'An id or reference does not follow the id grammar.',
    prevents: 'Links and permalinks that lead nowhere.',
    fix: 'Write it as the expected form says: lower-case letters, digits and hyphens.',
  },
  'invalid-date': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A date is not a real calendar day written `YYYY-MM-DD`.',
    prevents: 'Dates that sort wrongly or do not exist (`2023-02-30`).',
    fix: 'Write the full date with a four-digit year.',
  },
  'implausible-date': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A date before 1800, or a date a source was read that lies in the future.',
    prevents: 'Typos such as `0000-01-01`, and sources claimed to be read on a day to come.',
    fix: 'Check the date against the source.',
  },
  'invalid-duration': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A prison term is not written as years and months (`3 years`, `1 year 6 months`).',
    prevents: 'Terms that cannot be compared or charted.',
    fix: 'Write the term in years and months, in figures.',
  },
  'term-bounds': {
    severity: 'error',
    stage: 'schema',
    meaning:
      'A prison term is zero or longer than 50 years (the highest fixed term of any law in the atlas: Korea’s Criminal Act art. 42).',
    prevents: 'A penalty off by a digit; life imprisonment written as a number of years.',
    fix: 'Check the term against the law; write life imprisonment as `life: true`.',
  },
  'penalty-empty': {
    severity: 'error',
    stage: 'schema',
    meaning: 'An imprisonment entry states neither a minimum, a maximum nor life.',
    prevents: 'A penalty that says nothing but shows as “imprisonment”.',
    fix: 'Add the term the law sets, or remove the imprisonment entry.',
  },
  'penalty-range': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A minimum is greater than its maximum (prison term or fine).',
    prevents: 'Swapped bounds, such as `min: 5 years, max: 6 months`.',
    fix: 'Check both bounds against the law; one of them is wrong.',
  },
  'fine-kind': {
    severity: 'error',
    stage: 'schema',
    meaning:
      'A fine states what its kind does not allow: a currency on day-fines or on an unspecified fine, an amount on an unspecified fine, or an amount with no currency.',
    prevents: 'Amounts shown in the wrong unit, or invented for fines the law leaves open.',
    fix: 'Change `kind`, or remove the field named.',
  },
  'fine-bounds': {
    severity: 'error',
    stage: 'schema',
    meaning:
      'A fine is not a positive number within bounds: at most 1,000,000,000,000 in money, at most 1,000 whole day-fines.',
    prevents: 'Negative fines, fractions of a day-fine, and amounts off by several digits.',
    fix: 'Check the figure against the law; write it without separators.',
  },
  'invalid-currency': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A currency is not an ISO 4217 code (`MKD`, `KRW`, `EUR`).',
    prevents: 'Fines that cannot be worded or converted (`XYZ`, `Euro`).',
    fix: 'Use the three capital letters of ISO 4217.',
  },
  'invalid-url': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A source address is not an absolute web address.',
    prevents: 'Source links that do not open.',
    fix: 'Copy the address from the browser’s address bar.',
  },
  'url-scheme': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A source address does not start with http:// or https://.',
    prevents: 'Links readers cannot follow (`file:`, `mailto:`, `javascript:`).',
    fix: 'Link to the web page itself.',
  },
  'url-credentials': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A source address carries a user name or password (`https://gov.mk@other.host/`).',
    prevents: 'A link that reads as an official site but opens another host.',
    fix: 'Remove everything between `//` and `@`.',
  },
  'duplicate-entry': {
    severity: 'error',
    stage: 'schema',
    meaning: 'The same id appears twice in one list.',
    prevents: 'Double counts in comparisons and coverage.',
    fix: 'Remove the repeated entry.',
  },
  'self-reference': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A provision lists itself as related or implemented.',
    prevents: 'A provision shown as comparable to itself.',
    fix: 'Remove its own id from the list.',
  },
  'id-path-mismatch': {
    severity: 'error',
    stage: 'corpus',
    meaning: 'A record’s `id` differs from the path of its file.',
    prevents: 'A citation or permalink that leads to another file.',
    fix: 'Set the id to the path, or move the file.',
  },
  'duplicate-id': {
    severity: 'error',
    stage: 'corpus',
    meaning: 'Two records, or two offense types, share an id.',
    prevents: 'One permalink for two provisions.',
    fix: 'Merge the two or correct one id.',
  },
  'missing-vocabulary': {
    severity: 'error',
    stage: 'corpus',
    meaning: 'The offense-type vocabulary file is missing or invalid.',
    prevents: 'Provisions that cannot be classified or searched by offense type.',
    fix: 'Restore `provisions/_vocabulary/offense-types.yaml`.',
  },
  'missing-offense-type': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A provision that is not procedural names no offense type.',
    prevents: 'An offense missing from every offense table, matrix and search facet.',
    fix: 'Add its offense types, or describe it in `procedure` if it is a procedural provision.',
  },
  'orphan-translation': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A provision translates an element text or note that it has no English text for.',
    prevents: 'A fact shown to readers of one language and hidden from the rest.',
    fix: 'Write the English text first, or remove the translation.',
  },
  'unsupported-finding': {
    severity: 'error',
    stage: 'schema',
    meaning:
      'A finding says the law meets an obligation, or partly meets it, but names no provision.',
    prevents: 'An assessment a reader cannot check against the law.',
    fix: 'List the provisions in `restsOn`, or assess the obligation as `does-not` or `unclear`.',
  },
  'finding-jurisdiction': {
    severity: 'error',
    stage: 'corpus',
    meaning:
      'A finding’s jurisdiction differs from its folder, rests on another jurisdiction’s provision, or compares the jurisdiction with itself.',
    prevents: 'An assessment of one country credited with another country’s law.',
    fix: 'Move the provision between `restsOn` and `comparedWith`, or correct the jurisdiction.',
  },
  'scenario-outcome': {
    severity: 'error',
    stage: 'schema',
    meaning: 'A case study invented for teaching reports an outcome.',
    prevents: 'An invented result read as a court’s decision.',
    fix: 'Remove the outcome, or make the case `real` and source its outcome.',
  },
  'training-reference': {
    severity: 'error',
    stage: 'corpus',
    meaning:
      'A guide or case names a provision of another country in a country’s section, or names as a power a provision that grants none.',
    prevents: 'A trainer told to use a power that does not exist, or another country’s law.',
    fix: 'Name the country’s own provisions, and as powers only provisions with a `procedure` block.',
  },
  'help-reference': {
    severity: 'error',
    stage: 'corpus',
    meaning:
      'A help page cites another country’s provision, or sends the reader to a service of another country.',
    prevents:
      'A person told that another country’s law applies to her, or given a number that does not serve her.',
    fix: 'Name the country’s own provisions, and services of the country or international ones.',
  },
  'dangling-reference': {
    severity: 'error',
    stage: 'corpus',
    meaning:
      'A reference leads nowhere: an offense type, a provision, a jurisdiction, or the instrument or jurisdiction a file sits in.',
    prevents: 'Broken links and rows that silently vanish from comparisons.',
    fix: 'Correct the id (the nearest are listed) or record the target first.',
  },
  'date-order': {
    severity: 'error',
    stage: 'corpus',
    meaning:
      'Dates out of the order of a law’s life (in force before adoption, amended before enacted, bound before ratified).',
    prevents: 'A penalty shown in force before the act that set it.',
    fix: 'Check both dates against the source; one of them is wrong.',
  },
  'not-applicable': {
    severity: 'error',
    stage: 'corpus',
    meaning:
      'A field that does not apply to this kind of record (penalties on a treaty article, parties on a national act).',
    prevents: 'Treaty obligations shown as national penalties and the reverse.',
    fix: 'Move the facts to the field that applies.',
  },
  'missing-original-heading': {
    severity: 'error',
    stage: 'corpus',
    meaning:
      'No heading in an official language of the jurisdiction; a warning only on an `unverified` record.',
    prevents: 'Provisions that cannot be found in the official text.',
    fix: 'Copy the short official heading as the law prints it, or set `articleHeadings: false` on an instrument that prints none.',
  },
  'missing-official-source': {
    severity: 'error',
    stage: 'corpus',
    meaning: 'A provision names no official source.',
    prevents: 'Secondary sources with nothing official to check them against.',
    fix: 'Name the official portal, gazette or treaty office page, saying whether it was opened.',
  },
  'status-mismatch': {
    severity: 'error',
    stage: 'corpus',
    meaning: '`status: repealed` without a `repealed` entry, or the reverse.',
    prevents: 'A repealed provision shown as in force.',
    fix: 'Add `repealed: {by, date}` or correct the status.',
  },
  'status-basis': {
    severity: 'error',
    stage: 'corpus',
    meaning:
      '`in-force`, `not-yet-in-force` or `repealed` with no official source that was opened and no gazette reference (`checkedTo`, `enacted.reference`, `history`).',
    prevents: 'A provision known only from press reports shown as law.',
    fix: 'Read the official text or cite the gazette; until then use `reported-adopted` or `draft`.',
  },
  'missing-ancillary': {
    severity: 'error',
    stage: 'corpus',
    meaning:
      'An international provision that asks for an offense (or a sanction) has no `obligation.ancillary`.',
    prevents:
      'A treaty article read alone: the duties on aiding, attempt and sanctions sit in general articles.',
    fix: 'Read the general articles and record aiding, attempt and their articles, or `not-yet-read`.',
  },
  'missing-prosecution': {
    severity: 'error',
    stage: 'corpus',
    meaning: 'A national offense provision (not a procedural one) has no `prosecution`.',
    prevents: 'An empty field read as "ex officio" when the rule was simply not read.',
    fix: 'Record the mode the law sets, or `mode: not-yet-read`.',
  },
  verification: {
    severity: 'error',
    stage: 'corpus',
    meaning: 'A record is `verified` although its article number is not confirmed.',
    prevents: 'An overstated verification status.',
    fix: 'Record the article, or set the status to `partial` or `unverified`.',
  },
} as const satisfies Record<string, RuleEntry>;

/** The id of a rule of the catalog, e.g. `unknown-field`. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in catalog order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
