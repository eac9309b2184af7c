/**
 * The contract between the page builders (build time) and the page components (browser): what
 * each page receives. Types only, so components import no build code. Every page carries only
 * what it shows and the names of what it links to, never data that grows with the records of
 * other jurisdictions.
 */
import type { PowerKind } from '../../schema/procedure.js';
import type { PeriodValue } from '../period-label.js';
import type {
  CompiledFinding,
  CompiledInstrument,
  CompiledJurisdiction,
  CompiledProvision,
  CompiledSource,
} from '../../schema/compiled.js';
import type { EvidenceHolder } from '../../schema/guide.js';
import type { ShownText } from '../prose-in-locale.js';
import type { QrCode } from '../qr-code.js';
import type { OffenseType } from '../../schema/vocabulary.js';
import type { Facet } from '../../search/shared/fields.js';
import type { FormatTable } from '../../i18n/intl-formats.js';
import type { RichTextMap } from '../rich-text-map.js';
import type { PenaltyBar } from '../penalty-chart.js';
import type { JurisdictionRegister } from '../source-register.js';

/** Names pages show for the jurisdictions, offense types and instruments they mention. */
export interface SiteLabels {
  jurisdictions: Record<string, string>;
  offenseTypes: Record<string, string>;
  instruments: Record<string, string>;
}

/** What every page's data carries: the names it shows and how its locale writes its values. */
export interface PageBase {
  labels: SiteLabels;
  /** The dates, terms and amounts of this page, as the locale writes them (see `FormatTable`). */
  formats: FormatTable;
}

/** A provision as listed on overview pages and in links. */
export interface ProvisionSummary {
  id: string;
  article: string | null;
  articleOriginal: string | null;
  title: Record<string, string>;
  jurisdiction: string;
  instrumentId: string;
  instrumentTitle: string;
  offenseTypes: string[];
  status: CompiledProvision['status'];
  verification: CompiledProvision['verification']['status'];
  maxImprisonmentMonths: number | null;
  maxImprisonmentBasis: CompiledProvision['maxImprisonmentBasis'];
}

/** The few facts of a jurisdiction that a provision page shows. */
export interface JurisdictionRef {
  id: string;
  name: Record<string, string>;
}

export interface ProvisionPageData extends PageBase {
  provision: CompiledProvision;
  jurisdiction: JurisdictionRef;
  standards: ProvisionSummary[];
  /** At most `COMPARABLE_SHOWN` provisions of other jurisdictions of the same offense types. */
  comparable: ProvisionSummary[];
  /** How many comparable provisions there are in all (their offense pages list them). */
  comparableTotal: number;
  /**
   * For a provision of an international standard: the states whose provisions implement it or
   * whose law a finding assesses against it, the focus ones first, at most `IMPLEMENTERS_SHOWN`.
   */
  implementers: StandardImplementation[];
  implementersTotal: number;
  rich: RichTextMap;
  /** The evidence guides and case studies that name the provision. */
  training: TrainingItem[];
}

/** One state's answer to a standard provision: its implementing provisions and the finding. */
export interface StandardImplementation {
  jurisdiction: string;
  provisions: ProvisionSummary[];
  /** The finding on the obligation; `inReport` when `/analysis` shows it (North Macedonia's). */
  finding: { id: string; assessment: CompiledFinding['assessment']; inReport: boolean } | null;
}

/** A ready comparison: North Macedonia, Korea and a standard, for one offense type. */
export interface ComparePreset {
  offenseType: string;
  ids: string[];
  /** What each provision is named by in the preset's label: its state, or a standard's instrument. */
  names: string[];
}

export interface ComparePageData extends PageBase {
  presets: ComparePreset[];
}

/** One provision of an offense type, as the offense page's table shows it: facts, not prose. */
export interface OffenseRow extends ProvisionSummary {
  /** The day the record's sources were last read: the date its law stands as of. */
  lawAsOf: string | null;
  online: string | null;
  /** The results any of which completes the offense; null when not recorded. */
  resultKinds: string[] | null;
  /** Imprisonment of the basic form, and of the graver form with the highest maximum. */
  basicTerm: RowTerm | null;
  graverTerm: RowTerm | null;
  /** True when the record has penalties: a missing graver term then means there is none. */
  penaltiesRecorded: boolean;
  prosecution: string | null;
  attempt: boolean | null;
  inForceFrom: string | null;
  /** The conduct and victim scope in the page's language where written, shown on demand. */
  conduct: { text: string; lang: string } | null;
  victimScope: { text: string; lang: string } | null;
}

/** A term of imprisonment as a table cell shows it. */
export type RowTerm = NonNullable<CompiledProvision['penalties']>['basic']['imprisonment'];

/** A page of an offense type's rows, fetched by the offense page (`offense-rows/<type>/<n>.json`). */
export interface OffenseRowsPage {
  rows: OffenseRow[];
  bars: PenaltyBar[];
  labels: SiteLabels;
  formats: FormatTable;
}

export interface OffensePageData extends PageBase {
  offenseType: OffenseType;
  /** The first page of rows; the others are fetched. */
  rows: OffenseRow[];
  bars: PenaltyBar[];
  total: number;
  pages: number;
  /** National jurisdictions with no provision of this type, and what their records say about it. */
  jurisdictionsWithout: { code: string; note: { finding: string; text: string } | null }[];
  rich: RichTextMap;
}

/** A provision as a coverage cell names it: a link reading instrument and article. */
export type CellProvision = Pick<
  ProvisionSummary,
  'id' | 'article' | 'articleOriginal' | 'jurisdiction' | 'instrumentTitle'
>;

/** A standard as a coverage row heads it: a link reading article and title. */
export type StandardHeading = Pick<
  ProvisionSummary,
  'id' | 'article' | 'articleOriginal' | 'jurisdiction' | 'title'
>;

/** A procedural provision as the training hub names it, with the time limits it sets. */
export type TrainingProvision = CellProvision & { periods: PeriodValue[] };

/** A cell of the powers table: the provisions of one column granting one kind of power. */
export interface TrainingCell {
  /** A focus jurisdiction's code, or `international`. */
  column: string;
  total: number;
  shown: TrainingProvision[];
}

export interface TrainingPageData extends PageBase {
  /** North Macedonia, Korea, then `international`. */
  columns: string[];
  rows: { power: PowerKind; cells: TrainingCell[] }[];
  /** Procedural provisions in the table's columns. */
  total: number;
  guides: TrainingItem[];
  cases: TrainingItem[];
}

/** A provision a guide or case names, with what a trainer needs beside the link. */
export type TrainingRef = CellProvision & {
  title: Record<string, string>;
  verification: ProvisionSummary['verification'];
  /** The powers it grants, for procedural provisions; empty otherwise. */
  powers: PowerKind[];
};

/** What a printed handout carries besides the text: where to find it again, and how current it is. */
export interface Handout {
  permalink: string;
  qr: QrCode;
  /**
   * The oldest of the days the sources of the handout's records were last read: the law it
   * states is known as of that day.
   */
  lawAsOf: string | null;
}

/** A guide or case as a list or link names it. */
export interface TrainingItem {
  id: string;
  title: ShownText;
  offenseTypes: string[];
  verification: 'verified' | 'partial' | 'unverified';
  /** Cases only: whether it happened or was written for teaching. */
  kind?: 'real' | 'scenario';
}

/** The parts every training record page shares. */
export interface TrainingRecordPage extends PageBase {
  id: string;
  title: ShownText;
  offenseTypes: string[];
  /** Every provision the record names, by id. */
  provisions: Record<string, TrainingRef>;
  writtenFrom: Record<string, string>;
  notes: string | null;
  sources: CompiledSource[];
  verification: CompiledProvision['verification'];
  /** False when some text is shown in English for want of one in the locale. */
  complete: boolean;
  /** The Markdown of the notes, verification note and sources, parsed. */
  rich: RichTextMap;
  handout: Handout;
}

export interface GuideEvidenceView {
  what: ShownText;
  heldBy: EvidenceHolder;
  obtainedBy: string[];
  note: ShownText | null;
}

export interface GuidePageData extends TrainingRecordPage {
  summary: ShownText;
  sections: {
    jurisdiction: string;
    provisions: string[];
    elements: { prove: ShownText; evidence: GuideEvidenceView[] }[];
    pitfalls: ShownText[];
  }[];
  crossBorder: ShownText | null;
  /** Case studies of the same offense types. */
  cases: TrainingItem[];
}

export interface CasePageData extends TrainingRecordPage {
  kind: 'real' | 'scenario';
  facts: ShownText;
  charges: {
    jurisdiction: string;
    basis: 'charged' | 'chargeable';
    provisions: string[];
    note: ShownText | null;
  }[];
  steps: ShownText[];
  outcome: ShownText | null;
  questions: { question: ShownText; answer: ShownText }[];
  /** Evidence guides of the same offense types. */
  guides: TrainingItem[];
}

/** `/training/pack`: what can go into a course pack; each part's own page data holds its text. */
export interface CoursePackPageData extends PageBase {
  guides: TrainingItem[];
  cases: TrainingItem[];
}

/** A way to reach a help service, with the link a phone opens where it is safe to make one. */
export interface HelpContact {
  kind: 'phone' | 'sms' | 'web' | 'email' | 'address' | 'app';
  value: string;
  href: string | null;
  note: ShownText | null;
}

/** A service as a help page lists it. */
export interface HelpService {
  id: string;
  area: 'mk' | 'kr' | 'international';
  kind: string;
  name: ShownText;
  does: ShownText;
  contacts: HelpContact[];
  hours: ShownText | null;
  cost: 'free' | 'charged' | 'unknown';
  ages: 'any' | 'adults' | 'minors';
  languages: string[];
  lastChecked: string;
  verification: 'verified' | 'partial' | 'unverified';
}

/** A provision a help page cites, with its basic penalty in words. */
export type HelpProvision = Omit<TrainingRef, 'powers'> & { penalty: string | null };

export interface HelpRoute {
  text: ShownText;
  services: HelpService[];
}

export interface HelpPageData extends PageBase {
  id: string;
  country: 'mk' | 'kr';
  situation: string;
  title: ShownText;
  summary: ShownText;
  crime: { text: ShownText; provisions: HelpProvision[] };
  recognise: ShownText[];
  doNow: ShownText[];
  keepProof: ShownText[];
  childImages: ShownText | null;
  removal: HelpRoute | null;
  report: HelpRoute;
  help: HelpRoute;
  protect: ShownText[];
  /** The other country with a page on the same situation. */
  otherCountry: string | null;
  notes: string | null;
  sources: CompiledSource[];
  verification: CompiledProvision['verification'];
  writtenFrom: Record<string, string>;
  rich: RichTextMap;
  complete: boolean;
}

export interface HelpCountryData extends PageBase {
  country: 'mk' | 'kr';
  situations: { situation: string; title: ShownText; summary: ShownText }[];
  /** Emergency numbers of the country, shown before anything else. */
  emergency: HelpService[];
}

export interface HelpStartData extends PageBase {
  countries: ('mk' | 'kr')[];
}

/** A cell of a coverage table: how many provisions, the first few, and any note. */
export interface CoverageCellData {
  jurisdiction: string;
  total: number;
  /** Only what the cell's links show: a matrix page holds hundreds of them. */
  shown: CellProvision[];
  note?: { finding: string; text: string };
}

export interface CoveragePageData extends PageBase {
  /** The columns of this page: the focus jurisdictions, then the next group of the others. */
  jurisdictions: string[];
  /** Which group of columns this is (1-based), of how many, over how many jurisdictions. */
  columnPage: number;
  columnPages: number;
  jurisdictionTotal: number;
  rows: { offenseType: string; cells: CoverageCellData[] }[];
  standards: { standard: StandardHeading; instrumentId: string; cells: CoverageCellData[] }[];
  rich: RichTextMap;
}

/** A state's signature, ratification and entry into force of one international instrument. */
export interface TreatyStatus {
  instrumentId: string;
  party: CompiledInstrument['parties'][number];
}

export interface JurisdictionPageData extends PageBase {
  jurisdiction: CompiledJurisdiction;
  instruments: Omit<CompiledInstrument, 'sources' | 'parties'>[];
  /** The international instruments that record this jurisdiction among their parties. */
  treaties: TreatyStatus[];
  provisions: ProvisionSummary[];
  missingOffenseTypes: string[];
  rich: RichTextMap;
}

export interface InstrumentPageData extends PageBase {
  instrument: CompiledInstrument;
  jurisdiction: JurisdictionRef;
  provisions: ProvisionSummary[];
  rich: RichTextMap;
}

/** One jurisdiction's line on the sources index. */
export interface SourcesIndexEntry {
  code: string;
  counts: JurisdictionRegister['counts'];
  sources: number;
}

export interface SourcesIndexData extends PageBase {
  entries: SourcesIndexEntry[];
}

export interface SourcesPageData extends PageBase {
  register: JurisdictionRegister;
  rich: RichTextMap;
}

export interface SearchPageData extends PageBase {
  /** Each facet's values, in the order of their names in the page's locale. */
  facetOrder: Record<Facet, string[]>;
}

export interface HomePageData {
  counts: { provisions: number; jurisdictions: number; offenseTypes: number };
  offenseTypes: { id: string; label: string; count: number }[];
}

export interface OffenseIndexPageData extends HomePageData, PageBase {}

/** A finding as the report shows it, with the standard provision it measures against. */
export interface AnalysisFinding extends Omit<CompiledFinding, 'file'> {
  standard: ProvisionSummary;
  /** Korea's assessment against the same obligation, where the atlas has one. */
  partner: { jurisdiction: string; assessment: CompiledFinding['assessment'] } | null;
}

/** One offense type of the report: what each law covers, the penalties, the findings, options. */
export interface AnalysisSection {
  offenseType: string;
  /** The provisions the findings rest on or compare with, as comparable facts. */
  rows: OffenseRow[];
  bars: PenaltyBar[];
  findings: AnalysisFinding[];
  /** Where a finding is not `meets`: provisions of other jurisdictions of the type, the first few. */
  options: ProvisionSummary[];
  optionsTotal: number;
}

export interface AnalysisPageData extends PageBase {
  jurisdiction: JurisdictionRef;
  /** The latest day a source of the report was read: the law it describes stands as of then. */
  dataAsOf: string | null;
  /** How many findings there are of each assessment. */
  counts: Record<CompiledFinding['assessment'], number>;
  sections: AnalysisSection[];
  rich: RichTextMap;
}

/** What every page of a locale's build can read: the home counts and the locale's constants. */
export interface GlobalSiteData extends HomePageData {
  /** How the locale writes language names and groups digits; page values come with each page. */
  formats: FormatTable;
}

/** A page of the site: its URL path (without base URL), the component and its data. */
export type SiteRoute =
  | { path: string; component: 'ProvisionPage'; data: ProvisionPageData }
  | { path: string; component: 'ComparePage'; data: ComparePageData }
  | { path: string; component: 'OffensePage'; data: OffensePageData }
  | { path: string; component: 'CoveragePage'; data: CoveragePageData }
  | { path: string; component: 'JurisdictionPage'; data: JurisdictionPageData }
  | { path: string; component: 'InstrumentPage'; data: InstrumentPageData }
  | { path: string; component: 'OffenseIndexPage'; data: OffenseIndexPageData }
  | { path: string; component: 'SearchPage'; data: SearchPageData }
  | { path: string; component: 'SourcesIndexPage'; data: SourcesIndexData }
  | { path: string; component: 'SourcesPage'; data: SourcesPageData }
  | { path: string; component: 'AnalysisPage'; data: AnalysisPageData }
  | { path: string; component: 'TrainingPage'; data: TrainingPageData }
  | { path: string; component: 'GuidePage'; data: GuidePageData }
  | { path: string; component: 'CasePage'; data: CasePageData }
  | { path: string; component: 'CoursePackPage'; data: CoursePackPageData }
  | { path: string; component: 'HelpPage'; data: HelpPageData }
  | { path: string; component: 'HelpCountryPage'; data: HelpCountryData }
  | { path: string; component: 'HelpStartPage'; data: HelpStartData }
  | { path: string; component: 'HelpExitPage'; data: PageBase };
