import type { EmailTemplate } from './email-schema';
import {
  isLinkPlaceholder,
  listFieldsOf,
  OPTIONAL_LIST_BLOCKS,
  TEMPLATE_PLACEHOLDERS, type ListItemField, type PlaceholderSet } from './placeholders';
import { parseTemplate, type TemplateNode, type TextNode, type VariableNode } from './template-syntax';

/** An entry of a list block; `comment` only in `comments`. */
export type TemplateListItem = Readonly<Record<'title' | 'link', string>> & { readonly comment?: string };

/** Values for one email; lists (e.g. `items`) are arrays, everything else a display string. */
export type TemplateVariables = Readonly<Record<string, string | readonly TemplateListItem[] | undefined>>;

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export class TemplateRenderError extends Error {
  override readonly name = 'TemplateRenderError';
}

type Escape = (value: string) => string;

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

// A subject becomes a mail header: any line break would let a value inject headers.
export function toSingleLine(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const keepAsIs: Escape = (value) => value;

export function renderEmail(template: EmailTemplate, variables: TemplateVariables): RenderedEmail {
  const allowed = TEMPLATE_PLACEHOLDERS[template.kind];
  const render = (source: string, escape: Escape) =>
    parsedTemplate(source)
      .map((node) => renderNode(node, { allowed, variables, escape, kind: template.kind }))
      .join('');
  return {
    subject: toSingleLine(render(template.subject, keepAsIs)),
    text: render(template.text, keepAsIs),
    html: render(template.html, escapeHtml),
  };
}

// Every send renders one of a few templates: parse each source once. Bounded in case sources vary.
const PARSED_TEMPLATES_MAX = 256;
const parsedTemplates = new Map<string, TemplateNode[]>();

function parsedTemplate(source: string): TemplateNode[] {
  let nodes = parsedTemplates.get(source);
  if (!nodes) {
    if (parsedTemplates.size >= PARSED_TEMPLATES_MAX) parsedTemplates.clear();
    nodes = parseTemplate(source);
    parsedTemplates.set(source, nodes);
  }
  return nodes;
}

interface RenderScope {
  readonly kind: string;
  readonly allowed: PlaceholderSet;
  readonly variables: TemplateVariables;
  readonly escape: Escape;
}

function renderNode(node: TemplateNode, scope: RenderScope): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'variable') return scope.escape(variableValue(node.name, scope));
  const entries = listValue(node.name, scope);
  return entries
    .map((entry) => node.children.map((child) => renderListChild(node.name, child, entry, scope)).join(''))
    .join('');
}

function variableValue(name: string, scope: RenderScope): string {
  if (!scope.allowed.variables.includes(name)) {
    throw new TemplateRenderError(`Unknown placeholder {{${name}}} in a ${scope.kind} email`);
  }
  const value = scope.variables[name];
  if (typeof value !== 'string') throw new TemplateRenderError(`Missing value for {{${name}}}`);
  return checkedValue(name, value);
}

function listValue(name: string, scope: RenderScope): readonly TemplateListItem[] {
  if (!scope.allowed.blocks.includes(name)) {
    throw new TemplateRenderError(`Unknown placeholder {{#${name}}} in a ${scope.kind} email`);
  }
  const value = scope.variables[name];
  if (value === undefined && OPTIONAL_LIST_BLOCKS.includes(name)) return [];
  if (!Array.isArray(value)) throw new TemplateRenderError(`Missing list for {{#${name}}}`);
  return value;
}

function renderListChild(
  block: string,
  child: TextNode | VariableNode,
  entry: TemplateListItem,
  scope: RenderScope,
): string {
  if (child.type === 'text') return child.value;
  const field = child.name as ListItemField;
  if (!listFieldsOf(block).includes(field)) {
    throw new TemplateRenderError(`Unknown placeholder {{${child.name}}} inside a list`);
  }
  const value = entry[field];
  if (typeof value !== 'string') throw new TemplateRenderError(`Missing value for {{${field}}} in a list entry`);
  return scope.escape(checkedValue(field, value));
}

// Links end up in href attributes; only web URLs may get there.
function checkedValue(name: string, value: string): string {
  if (isLinkPlaceholder(name) && !/^https?:\/\/\S+$/i.test(value)) {
    throw new TemplateRenderError(`{{${name}}} must be an http(s) URL`);
  }
  return value;
}
