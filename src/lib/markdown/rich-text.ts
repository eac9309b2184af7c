import type { Nodes, Parent, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The few kinds of Markdown node the site renders. Everything else in a record's Markdown
 * (raw HTML, images, headings, code blocks, tables) is reduced to its literal text, so record
 * text can never inject markup or script.
 */
export type RichNode =
  | { type: 'text'; value: string }
  | { type: 'paragraph' | 'emphasis' | 'strong' | 'listItem'; children: RichNode[] }
  | { type: 'list'; ordered: boolean; children: RichNode[] }
  | { type: 'inlineCode'; value: string }
  | { type: 'link'; href: string; children: RichNode[] }
  | { type: 'break' };

const parser = unified().use(remarkParse);

/** Parses own-words Markdown into the restricted tree the site renders as React elements. */
export function parseRichText(markdown: string): RichNode[] {
  return convertChildren(parser.parse(markdown));
}

function convertChildren(parent: Parent): RichNode[] {
  return parent.children.flatMap((child) => convert(child as RootContent));
}

function convert(node: Nodes): RichNode[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'paragraph':
    case 'emphasis':
    case 'strong':
      return [{ type: node.type, children: convertChildren(node) }];
    case 'list':
      return [{ type: 'list', ordered: node.ordered === true, children: convertChildren(node) }];
    case 'listItem':
      return [{ type: 'listItem', children: convertChildren(node) }];
    case 'inlineCode':
      return [{ type: 'inlineCode', value: node.value }];
    case 'break':
      return [{ type: 'break' }];
    case 'link':
      // Only web links survive; `javascript:` and other schemes become their plain text.
      return /^https?:\/\//i.test(node.url)
        ? [{ type: 'link', href: node.url, children: convertChildren(node) }]
        : convertChildren(node);
    case 'html':
    case 'code':
      return [{ type: 'text', value: node.value }];
    default:
      return 'children' in node
        ? convertChildren(node)
        : 'value' in node
          ? [{ type: 'text', value: String(node.value) }]
          : [];
  }
}
