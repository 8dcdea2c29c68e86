import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { escapeHtml, loadContent, parseEmailTemplate, renderEmail, TemplateRenderError, type TemplateVariables } from './index';

const emails = loadContent(resolve(__dirname, '../../../content')).emails;

const candidateValues: TemplateVariables = {
  candidateName: 'Ana',
  coachName: 'Sam',
  organizationName: 'Northwind Careers',
  company: 'Acme',
  role: 'Analyst',
  interviewTime: 'Tue 14 May, 10:00 (Europe/Paris)',
  planLink: 'https://prep.example/p/abc',
  unsubscribeLink: 'https://prep.example/u/abc',
  items: [{ title: 'Research the company', link: 'https://prep.example/p/abc#research' }],
};

function template(subject: string, text: string, html: string) {
  return parseEmailTemplate({ kind: 'reflect', subject, text: [text, '{{planLink}} {{unsubscribeLink}}'], html: [html, '{{planLink}} {{unsubscribeLink}}'] });
}

describe('renderEmail', () => {
  it('fills placeholders and repeats the list block per entry', () => {
    const twoItems = [
      { title: 'First', link: 'https://prep.example/1' },
      { title: 'Second', link: 'https://prep.example/2' },
    ];
    const rendered = renderEmail(emails['catch-up'], { ...candidateValues, items: twoItems });

    expect(rendered.subject).toBe('Your prep plan for Acme: everything in one list');
    expect(rendered.text).toContain('- First: https://prep.example/1\n- Second: https://prep.example/2\n');
    expect(rendered.html).toContain('<a href="https://prep.example/2" style="color:#1d4ed8;">Second</a>');
    expect(rendered.text).not.toContain('{{');
    expect(rendered.html).not.toContain('{{');
  });

  it('escapes every variable in HTML but not in text', () => {
    const hostile = `<script>alert("x")</script> & 'friends'`;
    const rendered = renderEmail(emails.assignment, {
      ...candidateValues,
      company: hostile,
      items: [{ title: '<img src=x onerror=alert(1)>', link: 'https://prep.example/?a=1&b="2"' }],
    });

    expect(rendered.html).not.toContain('<script>');
    expect(rendered.html).not.toContain('<img');
    expect(rendered.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;');
    expect(rendered.html).toContain('href="https://prep.example/?a=1&amp;b=&quot;2&quot;"');
    expect(rendered.text).toContain(hostile);
  });

  it('strips CR and LF from the subject so values cannot add headers', () => {
    const rendered = renderEmail(emails.reflect, { ...candidateValues, company: 'Acme\r\nBcc: victim@example.com' });

    expect(rendered.subject).toBe('How did it go at Acme Bcc: victim@example.com?');
    expect(rendered.subject).not.toMatch(/[\r\n]/);
  });

  it('rejects placeholders the email kind does not know', () => {
    const withUnknown = { ...template('Hi', 'x', 'x'), subject: 'Hi {{password}}' };

    expect(() => renderEmail(withUnknown, candidateValues)).toThrow(TemplateRenderError);
    expect(() => renderEmail(withUnknown, { ...candidateValues, password: 'secret' })).toThrow(
      'Unknown placeholder {{password}} in a reflect email',
    );
  });

  it('rejects a missing value instead of sending a blank', () => {
    const { company: _omitted, ...withoutCompany } = candidateValues;

    expect(() => renderEmail(emails.reflect, withoutCompany)).toThrow('Missing value for {{company}}');
  });

  it('only accepts http(s) URLs for links', () => {
    expect(() => renderEmail(emails.reflect, { ...candidateValues, planLink: 'javascript:alert(1)' })).toThrow(
      '{{planLink}} must be an http(s) URL',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('the built-in templates', () => {
  it('all render with the values their kind documents', () => {
    const coachValues = { ...candidateValues, dashboardLink: 'https://prep.example/dashboard/1' };
    const inviteValues = {
      inviterName: 'Sam',
      organizationName: 'Northwind Careers',
      memberRole: 'a coach',
      invitationLink: 'https://prep.example/invite/1',
      expiresAt: '21 May',
    };
    const resetValues = {
      memberName: 'Sam',
      organizationName: 'Northwind Careers',
      resetLink: 'https://prep.example/app/reset-password?token=1',
      expiresAt: '21 May, 10:00 UTC',
    };
    const valuesOf: Record<string, Record<string, string>> = {
      'member-invitation': inviteValues,
      'password-reset': resetValues,
    };
    for (const [kind, email] of Object.entries(emails)) {
      const values = valuesOf[kind] ?? coachValues;
      const rendered = renderEmail(email, values);
      expect([kind, `${rendered.subject}${rendered.text}${rendered.html}`.includes('{{')]).toEqual([kind, false]);
    }
  });
});
