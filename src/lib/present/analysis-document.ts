import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { parseRichText, type RichNode } from '../markdown/rich-text.js';
import { translator } from '../i18n/translator.js';
import type { SiteLocale } from '../i18n/locales.js';
import { pickLocalized, pickName } from '../i18n/pick-localized.js';
import { articleLabel } from '../i18n/article-label.js';
import { enumLabel } from './enum-labels.js';
import { formatTerm } from './format-penalty.js';
import { provisionIdLabel } from './provision-id-label.js';
import { aggravatedForm, basicForm, formatBarForm, type BarForm } from './penalty-chart.js';
import type { AnalysisPageData, OffenseRow, RowTerm } from './pages/page-types.js';

/** Runs for own-words Markdown: bold, italics and links kept; anything else as its text. */
function runs(
  nodes: readonly RichNode[],
  style: { bold?: boolean; italics?: boolean } = {},
): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: node.value, ...style })];
      case 'inlineCode':
        return [new TextRun({ text: node.value, font: 'Courier New', ...style })];
      case 'strong':
        return runs(node.children, { ...style, bold: true });
      case 'emphasis':
        return runs(node.children, { ...style, italics: true });
      case 'link':
        return [
          new ExternalHyperlink({
            link: node.href,
            children: [new TextRun({ text: plain(node.children), style: 'Hyperlink', ...style })],
          }),
        ];
      case 'break':
        return [new TextRun({ text: '', break: 1 })];
      default:
        return runs(node.children, style);
    }
  });
}

function plain(nodes: readonly RichNode[]): string {
  return nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? plain(node.children) : ' '))
    .join('');
}

/** Paragraphs for a Markdown text (a paragraph per block, list items with a dash). */
function prose(text: string | null | undefined): Paragraph[] {
  if (!text) return [];
  return parseRichText(text).flatMap((block) =>
    block.type === 'list'
      ? block.children.map(
          (item) => new Paragraph({ children: [new TextRun('– '), ...runs([item])] }),
        )
      : [new Paragraph({ children: runs([block]) })],
  );
}

const cell = (text: string, header = false) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
  });

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
    ],
  });
}

/**
 * The comparative report as a Word document a working group can edit: the same numbered
 * sections, tables, findings and sources as `/analysis` in `locale`, built from the same data.
 */
export async function analysisDocument(
  data: AnalysisPageData,
  locale: SiteLocale,
): Promise<Uint8Array> {
  const tr = translator(locale, data.formats);
  const notRecorded = tr.t('common.notRecorded');
  const name = (code: string) => data.labels.jurisdictions[code] ?? code;
  const term = (value: RowTerm | null) => (value ? formatTerm(value, tr) : notRecorded);
  const provisionName = (row: Pick<OffenseRow, 'jurisdiction' | 'instrumentTitle' | 'article'>) =>
    `${name(row.jurisdiction)}, ${row.instrumentTitle} ${
      row.article ? articleLabel(tr, { ...row, article: row.article }, true) : ''
    }`.trim();
  const cited = (id: string) => provisionIdLabel(id, data.labels, tr);
  const heading = tr.t('analysis.heading', {
    jurisdiction: pickName(data.jurisdiction.name, locale),
  });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: heading, heading: HeadingLevel.TITLE }),
    new Paragraph(tr.t('analysis.intro')),
    ...(data.dataAsOf
      ? [new Paragraph(tr.t('analysis.asOf', { date: tr.date(data.dataAsOf) }))]
      : []),
    new Paragraph(
      tr.t('analysis.counts', {
        meets: tr.number(data.counts.meets),
        partly: tr.number(data.counts.partly),
        doesNot: tr.number(data.counts['does-not']),
        unclear: tr.number(data.counts.unclear),
      }),
    ),
    new Paragraph({ text: tr.t('analysis.contents'), heading: HeadingLevel.HEADING_1 }),
    ...data.sections.map(
      (part, index) =>
        new Paragraph(
          `${index + 1}. ${data.labels.offenseTypes[part.offenseType] ?? part.offenseType}`,
        ),
    ),
  ];
  data.sections.forEach((part, index) => {
    const n = index + 1;
    children.push(
      new Paragraph({
        text: `${n}. ${data.labels.offenseTypes[part.offenseType] ?? part.offenseType}`,
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
      }),
      new Paragraph({ text: `${n}.1 ${tr.t('analysis.covers')}`, heading: HeadingLevel.HEADING_2 }),
      table(
        [
          tr.t('table.heading'),
          tr.t('elements.means'),
          tr.t('elements.result'),
          tr.t('table.basicTerm'),
          tr.t('table.graverTerm'),
          tr.t('provision.prosecution'),
          tr.t('row.attempt'),
          tr.t('provision.inForceSince'),
        ],
        part.rows.map((row) => [
          provisionName(row),
          row.online ? enumLabel(tr, 'online', row.online) : notRecorded,
          row.resultKinds
            ? row.resultKinds.map((kind) => enumLabel(tr, 'result', kind)).join(', ')
            : notRecorded,
          term(row.basicTerm),
          row.graverTerm || !row.penaltiesRecorded ? term(row.graverTerm) : tr.t('common.none'),
          row.prosecution ? enumLabel(tr, 'prosecution', row.prosecution) : notRecorded,
          row.attempt === null ? notRecorded : tr.t(row.attempt ? 'common.yes' : 'common.no'),
          row.inForceFrom ? tr.date(row.inForceFrom) : notRecorded,
        ]),
      ),
    );
    // The same numbers as the web page, so a citation of "3.3.1" means one thing in both.
    if (part.bars.length > 0) {
      const months = (form: BarForm) => formatBarForm(form, tr) ?? notRecorded;
      children.push(
        new Paragraph({
          text: `${n}.2 ${tr.t('analysis.penalties')}`,
          heading: HeadingLevel.HEADING_2,
        }),
        table(
          [tr.t('table.heading'), tr.t('table.basicTerm'), tr.t('table.graverTerm')],
          part.bars.map((bar) => [bar.label, months(basicForm(bar)), months(aggravatedForm(bar))]),
        ),
      );
    }
    children.push(
      new Paragraph({
        text: `${n}.3 ${tr.t('analysis.findings')}`,
        heading: HeadingLevel.HEADING_2,
      }),
    );
    part.findings.forEach((finding, k) => {
      const { standard } = finding;
      const reasoning = pickLocalized(finding.reasoning, locale);
      children.push(
        new Paragraph({
          text: `${n}.3.${k + 1} ${standard.instrumentTitle} ${
            standard.article
              ? articleLabel(tr, { ...standard, article: standard.article }, true)
              : ''
          }: ${pickName(standard.title, locale)}`,
          heading: HeadingLevel.HEADING_3,
        }),
        new Paragraph({
          children: [
            new TextRun({ text: enumLabel(tr, 'assessment', finding.assessment), bold: true }),
            new TextRun(` (${enumLabel(tr, 'verification', finding.verification.status)})`),
          ],
        }),
        ...(reasoning ? [new Paragraph(reasoning.text)] : []),
        ...(finding.partner
          ? [
              new Paragraph(
                tr.t('analysis.partner', {
                  jurisdiction: name(finding.partner.jurisdiction),
                  assessment: enumLabel(tr, 'assessment', finding.partner.assessment),
                }),
              ),
            ]
          : []),
        ...(reasoning && !reasoning.fallback && finding.writtenFrom[reasoning.language] === 'en'
          ? [
              new Paragraph({
                children: [new TextRun({ text: tr.t('analysis.writtenFrom'), italics: true })],
              }),
            ]
          : []),
        new Paragraph({
          children: [
            new TextRun({ text: `${tr.t('analysis.restsOn')}: `, bold: true }),
            new TextRun(finding.restsOn.map(cited).join('; ') || '—'),
          ],
        }),
        ...(finding.comparedWith.length > 0
          ? [
              new Paragraph({
                children: [
                  new TextRun({ text: `${tr.t('analysis.comparedWith')}: `, bold: true }),
                  new TextRun(finding.comparedWith.map(cited).join('; ')),
                ],
              }),
            ]
          : []),
        ...prose(finding.notes),
        new Paragraph({ children: [new TextRun({ text: tr.t('analysis.sources'), bold: true })] }),
        ...finding.sources.map(
          (source) =>
            new Paragraph({
              children: [
                new TextRun('– '),
                new ExternalHyperlink({
                  link: source.url,
                  children: [new TextRun({ text: source.title, style: 'Hyperlink' })],
                }),
                new TextRun(` (${tr.t('sources.read', { date: tr.date(source.retrieved) })})`),
              ],
            }),
        ),
        ...prose(finding.verification.note),
      );
    });
    if (part.options.length > 0) {
      children.push(
        new Paragraph({
          text: `${n}.4 ${tr.t('analysis.options')}`,
          heading: HeadingLevel.HEADING_2,
        }),
        new Paragraph(tr.t('analysis.optionsIntro')),
        table(
          [tr.t('table.heading'), tr.t('table.maxImprisonment')],
          part.options.map((option) => [
            `${provisionName(option)}: ${pickName(option.title, locale)}`,
            option.maxImprisonmentMonths === null
              ? notRecorded
              : tr.duration(option.maxImprisonmentMonths),
          ]),
        ),
      );
    }
  });
  const document = new Document({
    creator: 'Law Atlas',
    title: heading,
    description: tr.t('analysis.description'),
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
