// The whole template language: `{{name}}` and one level of `{{#list}}…{{/list}}`.
// Deliberately tiny so templates stay data and rendering stays easy to audit.

export interface TextNode {
  readonly type: 'text';
  readonly value: string;
}

export interface VariableNode {
  readonly type: 'variable';
  readonly name: string;
}

export interface BlockNode {
  readonly type: 'block';
  readonly name: string;
  readonly children: readonly (TextNode | VariableNode)[];
}

export type TemplateNode = TextNode | VariableNode | BlockNode;

export class TemplateSyntaxError extends Error {
  override readonly name = 'TemplateSyntaxError';
}

const TAG_PATTERN = /\{\{\s*([#/]?)\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

interface OpenBlock {
  readonly name: string;
  readonly children: (TextNode | VariableNode)[];
}

export function parseTemplate(source: string): TemplateNode[] {
  const nodes: TemplateNode[] = [];
  let open: OpenBlock | undefined;
  let cursor = 0;
  const appendText = (end: number) => {
    const value = source.slice(cursor, end);
    if (value.includes('{{') || value.includes('}}')) {
      fail(source, cursor + Math.max(0, value.search(/\{\{|\}\}/)), 'malformed placeholder');
    }
    if (value) (open?.children ?? nodes).push({ type: 'text', value });
  };

  for (const match of source.matchAll(TAG_PATTERN)) {
    appendText(match.index);
    cursor = match.index + match[0].length;
    // Both groups always take part in a match (the sigil may be empty).
    const [, sigil = '', name = ''] = match;
    if (sigil === '#') {
      if (open) fail(source, match.index, `{{#${name}}} inside {{#${open.name}}}: lists cannot nest`);
      open = { name, children: [] };
    } else if (sigil === '/') {
      if (open?.name !== name) fail(source, match.index, `{{/${name}}} closes nothing`);
      nodes.push({ type: 'block', name, children: open.children });
      open = undefined;
    } else {
      (open?.children ?? nodes).push({ type: 'variable', name });
    }
  }
  appendText(source.length);
  if (open) fail(source, source.length, `{{#${open.name}}} is never closed`);
  return nodes;
}

function fail(source: string, offset: number, message: string): never {
  const line = source.slice(0, offset).split('\n').length;
  throw new TemplateSyntaxError(`line ${line}: ${message}`);
}

export interface UsedPlaceholders {
  readonly variables: ReadonlySet<string>;
  /** Block name → the fields used inside it. */
  readonly blocks: ReadonlyMap<string, ReadonlySet<string>>;
}

export function usedPlaceholders(nodes: readonly TemplateNode[]): UsedPlaceholders {
  const variables = new Set<string>();
  const blocks = new Map<string, Set<string>>();
  for (const node of nodes) {
    if (node.type === 'variable') variables.add(node.name);
    if (node.type === 'block') {
      const fields = blocks.get(node.name) ?? new Set<string>();
      for (const child of node.children) if (child.type === 'variable') fields.add(child.name);
      blocks.set(node.name, fields);
    }
  }
  return { variables, blocks };
}
