import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { loadContent, parseEmailTemplate, renderEmail, type TemplateVariables } from './index';

const emails = loadContent(resolve(__dirname, '../../../content')).emails;

const values: TemplateVariables = {
  candidateName: 'Ana',
  coachName: 'Sam',
  organizationName: 'Northwind Careers',
  company: 'Acme',
  role: 'Analyst',
  interviewTime: 'Tue 14 May, 10:00 (Europe/Paris)',
  planLink: 'https://prep.example/p/abc',
  unsubscribeLink: 'https://prep.example/u/abc',
  items: [{ title: 'Read the blog', link: 'https://prep.example/p/abc#item-blog' }],
};

// Every candidate email that lists items can quote the coach on them.
const ITEM_REMINDERS = [
  'research-company',
  'review-role',
  'practice',
  'final-check',
  'reflect',
  'follow-up-email',
  'follow-up-nudge',
  'catch-up',
] as const;

describe("the coach's comments in reminder emails", () => {
  it.each(ITEM_REMINDERS)('%s quotes each comment in text and HTML, escaped in HTML', (kind) => {
    const rendered = renderEmail(emails[kind], {
      ...values,
      comments: [{ title: 'Read the blog', link: 'https://prep.example/p/abc#item-blog', comment: 'Look for <AI> posts' }],
    });
    expect(rendered.text).toContain('Your coach commented on "Read the blog": Look for <AI> posts');
    expect(rendered.html).toContain('Your coach commented on <strong>Read the blog</strong>: Look for &lt;AI&gt; posts');
  });

  it.each(ITEM_REMINDERS)('%s says nothing of comments when there are none', (kind) => {
    const rendered = renderEmail(emails[kind], values);
    expect(`${rendered.text}${rendered.html}`).not.toContain('commented');
    expect(renderEmail(emails[kind], { ...values, comments: [] })).toEqual(rendered);
  });

  it('accepts {{comment}} only inside the comments block', () => {
    const template = (text: string) =>
      parseEmailTemplate(
        {
          kind: 'practice',
          subject: 'Hi',
          text: [text, '{{planLink}} {{unsubscribeLink}}'],
          html: ['<p>{{planLink}} {{unsubscribeLink}}</p>'],
        },
        'practice.json',
      );
    expect(() => template('{{#comments}}{{title}}: {{comment}}{{/comments}}')).not.toThrow();
    expect(() => template('{{#items}}{{comment}}{{/items}}')).toThrow(/comment/);
  });
});
