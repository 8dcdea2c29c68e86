import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeMimeMessage } from '@prep/mail';
import { startApi } from '../support/api-harness';

describe('development mail page', () => {
  const dropDir = mkdtempSync(join(tmpdir(), 'prep-mail-'));
  writeFileSync(
    join(dropDir, 'reminder-1.eml'),
    [
      'To: Ada <ada@example.com>',
      'Subject: =?UTF-8?Q?Get_to_know_Globex_=E2=80=94_soon?=',
      'Message-ID: <reminder-1@prep.example>',
      '',
      'Hello Ada',
    ].join('\r\n'),
  );

  // As the worker writes it: a subject long enough to take several encoded words.
  const longSubject = 'Préparez votre entretien chez Globex — il reste trois étapes à faire avant lundi';
  const composed = composeMimeMessage({
    messageId: '<reminder-2@prep.example>',
    from: { name: 'Northwind', address: 'reminders@prep.example' },
    to: { name: 'Zoë', address: 'zoe@example.com' },
    subject: longSubject,
    text: 'Bonjour Zoë',
    html: '<p>Bonjour Zoë</p>',
  });
  writeFileSync(join(dropDir, 'reminder-2.eml'), composed.raw);

  it('lists and shows the dropped messages in development without SMTP', async () => {
    const api = await startApi({ APP_ENV: 'development', MAIL_DROP_DIR: dropDir });
    try {
      const list = await api.http().get('/dev/mail');
      expect(list.status).toBe(200);
      expect(list.text).toContain('Get to know Globex — soon');
      expect(list.text).toContain('href="/dev/mail/reminder-1.eml"');
      expect(list.text).toContain(`${longSubject}</a> to Zoë &lt;zoe@example.com&gt;`);
      const message = await api.http().get('/dev/mail/reminder-1.eml');
      expect(message.text).toContain('Hello Ada');
      expect((await api.http().get('/dev/mail/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    } finally {
      await api.close();
    }
  });

  it('is not there outside development or when an SMTP server is set', async () => {
    const variants: Array<Record<string, string>> = [
      { APP_ENV: 'test', MAIL_DROP_DIR: dropDir },
      { APP_ENV: 'development', MAIL_DROP_DIR: dropDir, SMTP_URL: 'smtp://127.0.0.1:1025' },
    ];
    for (const overrides of variants) {
      const api = await startApi(overrides);
      try {
        expect((await api.http().get('/dev/mail')).status).toBe(404);
      } finally {
        await api.close();
      }
    }
  });
});
