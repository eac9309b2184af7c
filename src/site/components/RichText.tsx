import React, { createContext, useContext } from 'react';
import type { RichNode } from '../../lib/markdown/rich-text';
import { richNodes, type RichTextMap } from '../../lib/present/rich-text-map';

const RichTextContext = createContext<RichTextMap>({});

/** Makes a page's pre-parsed Markdown available to every `Prose` below it. */
export function RichTextProvider({
  map,
  children,
}: {
  map: RichTextMap;
  children: React.ReactNode;
}): React.JSX.Element {
  return <RichTextContext.Provider value={map}>{children}</RichTextContext.Provider>;
}

function renderNodes(nodes: readonly RichNode[]): React.ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'paragraph':
        return <p key={index}>{renderNodes(node.children)}</p>;
      case 'emphasis':
        return <em key={index}>{renderNodes(node.children)}</em>;
      case 'strong':
        return <strong key={index}>{renderNodes(node.children)}</strong>;
      case 'list':
        return node.ordered ? (
          <ol key={index}>{renderNodes(node.children)}</ol>
        ) : (
          <ul key={index}>{renderNodes(node.children)}</ul>
        );
      case 'listItem':
        return <li key={index}>{renderNodes(node.children)}</li>;
      case 'inlineCode':
        return <code key={index}>{node.value}</code>;
      case 'break':
        return <br key={index} />;
      case 'link':
        return (
          <a key={index} href={node.href} rel="noopener noreferrer">
            {renderNodes(node.children)}
          </a>
        );
    }
  });
}

/**
 * Own-words Markdown from a record, rendered as React elements from the tree parsed at build
 * time. Unknown text falls back to plain text; nothing is ever injected as HTML.
 */
export function Prose({
  text,
  inline = false,
  lang = 'en',
}: {
  text: string | null | undefined;
  inline?: boolean;
  /** The language of the text: record prose is English unless given per language. */
  lang?: string;
}): React.JSX.Element | null {
  const map = useContext(RichTextContext);
  if (!text) return null;
  const nodes = richNodes(map, text);
  if (!nodes) return inline ? <span lang={lang}>{text}</span> : <p lang={lang}>{text}</p>;
  if (inline && nodes.length === 1 && nodes[0]?.type === 'paragraph') {
    return <span lang={lang}>{renderNodes(nodes[0].children)}</span>;
  }
  return (
    <div className="prose" lang={lang}>
      {renderNodes(nodes)}
    </div>
  );
}
