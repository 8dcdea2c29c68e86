import { describe, expect, it } from '@jest/globals';
import { ContentValidationError, parseEmailTemplate } from './index';

const validReflect = {
  kind: 'reflect',
  subject: 'How did {{company}} go?',
  text: ['Hi {{candidateName}},', '{{#items}}- {{title}}: {{link}}', '{{/items}}', '{{planLink}}', 'Stop: {{unsubscribeLink}}'],
  html: '<p style="margin:0;"><a href="{{planLink}}">Plan</a> <a href="{{unsubscribeLink}}">Stop</a></p>',
};

function problems(overrides: Record<string, unknown>): string[] {
  try {
    parseEmailTemplate({ ...validReflect, ...overrides }, 'emails/reflect.json');
  } catch (error) {
    if (error instanceof ContentValidationError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('emailTemplateSchema', () => {
  it('accepts a template using only its kind\'s placeholders', () => {
    expect(problems({})).toEqual([]);
  });

  it('names unknown placeholders, blocks and list fields', () => {
    expect(problems({ subject: '{{dashboardLink}}' })).toEqual([
      'emails/reflect.json: subject: Unknown placeholder {{dashboardLink}}',
    ]);
    expect(problems({ text: `${validReflect.text.join('\n')}\n{{#people}}{{name}}{{/people}}` })).toEqual([
      'emails/reflect.json: text: Unknown placeholder {{#people}}',
      'emails/reflect.json: text: Unknown placeholder {{name}} inside {{#people}}',
    ]);
  });

  it('reports template syntax errors with the line', () => {
    expect(problems({ text: ['ok', '{{#items}}{{title}}', '{{planLink}} {{unsubscribeLink}}'] })).toEqual([
      'emails/reflect.json: text: line 3: {{#items}} is never closed',
    ]);
    expect(problems({ subject: 'Hi {{ candidate name }}' })).toEqual([
      'emails/reflect.json: subject: line 1: malformed placeholder',
    ]);
    expect(problems({ html: '{{#items}}{{#items}}{{/items}}{{/items}}' })[0]).toBe(
      'emails/reflect.json: html: line 1: {{#items}} inside {{#items}}: lists cannot nest',
    );
  });

  it('requires the plan and unsubscribe links in candidate email bodies', () => {
    expect(problems({ html: '<p>{{planLink}}</p>' })).toEqual(['emails/reflect.json: html: Must use {{unsubscribeLink}}']);
  });

  it('keeps subjects to one line and without lists', () => {
    expect(problems({ subject: 'Hi\nBcc: x' })).toEqual(['emails/reflect.json: subject: Must be a single line']);
    expect(problems({ subject: '{{#items}}{{title}}{{/items}}' })).toEqual([
      'emails/reflect.json: subject: Lists are not allowed in a subject',
    ]);
  });

  it('rejects HTML that runs code or loads remote assets', () => {
    const links = '{{planLink}} {{unsubscribeLink}}';
    expect(problems({ html: `<script>x()</script>${links}` })).toEqual([
      'emails/reflect.json: html: Must not contain tags that run code or load assets',
    ]);
    expect(problems({ html: `<p onclick="x()">${links}</p>` })).toEqual([
      'emails/reflect.json: html: Must not contain event handler attributes',
    ]);
    expect(problems({ html: `<div style="background:url(https://t.example/p.png)">${links}</div>` })).toEqual([
      'emails/reflect.json: html: Must not contain CSS url()',
    ]);
  });

  it('gives coach alerts a dashboard link rather than the candidate\'s plan link', () => {
    const coach = { kind: 'coach-not-started', subject: 'Heads up', text: '{{planLink}}', html: '{{planLink}}' };
    expect(problems(coach)).toEqual([
      'emails/reflect.json: text: Unknown placeholder {{planLink}}',
      'emails/reflect.json: html: Unknown placeholder {{planLink}}',
      'emails/reflect.json: text: Must use {{dashboardLink}}',
      'emails/reflect.json: html: Must use {{dashboardLink}}',
    ]);
  });
});
