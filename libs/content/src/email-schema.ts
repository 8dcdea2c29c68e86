import { z } from 'zod';
import { report, type IssueSink } from './refine';
import { TEMPLATE_PLACEHOLDERS, listFieldsOf, type PlaceholderSet } from './placeholders';
import { parseTemplate, TemplateSyntaxError, usedPlaceholders, type TemplateNode } from './template-syntax';
import { EMAIL_TEMPLATE_KINDS } from './vocabulary';

// Bodies may be written as an array of lines in files (readable diffs); they load as one string.
const bodySchema = z
  .union([z.string(), z.array(z.string())])
  .transform((body) => (Array.isArray(body) ? body.join('\n') : body))
  .refine((body) => body.trim().length > 0, 'Must not be blank');

const subjectSchema = z
  .string()
  .refine((subject) => subject.trim().length > 0, 'Must not be blank')
  .refine((subject) => !/[\r\n]/.test(subject), 'Must be a single line');

// Mail clients differ wildly; inline styles and plain links are what renders everywhere,
// and nothing here may load remote content or run code.
const UNSAFE_HTML: readonly [RegExp, string][] = [
  [/<\s*(script|style|link|meta|base|iframe|frame|object|embed|form|img|svg|video|audio)\b/i, 'tags that run code or load assets'],
  [/\son[a-z]+\s*=/i, 'event handler attributes'],
  [/javascript:/i, '"javascript:" URLs'],
  [/\ssrc\s*=/i, 'src attributes'],
  [/url\s*\(/i, 'CSS url()'],
];

type TemplateField = 'subject' | 'text' | 'html';

export const emailTemplateSchema = z
  .strictObject({
    kind: z.enum(EMAIL_TEMPLATE_KINDS),
    subject: subjectSchema,
    text: bodySchema,
    html: bodySchema,
  })
  .superRefine((template, ctx) => {
    const allowed = TEMPLATE_PLACEHOLDERS[template.kind];
    const subject = parseField(template.subject, 'subject', ctx);
    const text = parseField(template.text, 'text', ctx);
    const html = parseField(template.html, 'html', ctx);
    if (subject) checkPlaceholders(subject, allowed, 'subject', ctx);
    if (text) checkPlaceholders(text, allowed, 'text', ctx);
    if (html) checkPlaceholders(html, allowed, 'html', ctx);
    if (subject && subject.some((node) => node.type === 'block')) {
      report(ctx, ['subject'], 'Lists are not allowed in a subject');
    }
    if (text) checkRequired(text, allowed, 'text', ctx);
    if (html) checkRequired(html, allowed, 'html', ctx);
    checkHtmlIsSafe(template.html, ctx);
  });

export type EmailTemplate = z.output<typeof emailTemplateSchema>;

function parseField(source: string, field: TemplateField, ctx: IssueSink): TemplateNode[] | undefined {
  try {
    return parseTemplate(source);
  } catch (error) {
    if (!(error instanceof TemplateSyntaxError)) throw error;
    report(ctx, [field], error.message);
    return undefined;
  }
}

function checkPlaceholders(nodes: TemplateNode[], allowed: PlaceholderSet, field: TemplateField, ctx: IssueSink): void {
  const used = usedPlaceholders(nodes);
  const unknown = (what: string) => report(ctx, [field], `Unknown placeholder ${what}`);
  for (const name of used.variables) if (!allowed.variables.includes(name)) unknown(`{{${name}}}`);
  for (const [block, fields] of used.blocks) {
    if (!allowed.blocks.includes(block)) unknown(`{{#${block}}}`);
    for (const name of fields) {
      if (!(listFieldsOf(block) as readonly string[]).includes(name)) unknown(`{{${name}}} inside {{#${block}}}`);
    }
  }
}

function checkRequired(nodes: TemplateNode[], allowed: PlaceholderSet, field: TemplateField, ctx: IssueSink): void {
  const used = usedPlaceholders(nodes);
  for (const name of allowed.requiredInBody) {
    if (!used.variables.has(name) && !used.blocks.has(name)) {
      const tag = allowed.blocks.includes(name) ? `{{#${name}}}` : `{{${name}}}`;
      report(ctx, [field], `Must use ${tag}`);
    }
  }
}

function checkHtmlIsSafe(html: string, ctx: IssueSink): void {
  for (const [pattern, what] of UNSAFE_HTML) {
    if (pattern.test(html)) report(ctx, ['html'], `Must not contain ${what}`);
  }
}
