import PostalMime from 'postal-mime';
import { composeMimeMessage } from './mime-message';
import { InvalidMailAddressError, MessageCompositionError, OutgoingMail } from './outgoing-mail';

const CALENDAR =
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:assignment-1@prep.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

function reminder(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  return {
    messageId: '<reminder-1@prep.example>',
    from: { name: 'Northwind Coaching', address: 'reminders@prep.example' },
    to: { name: 'Ada Lovelace', address: 'ada@example.com' },
    replyTo: { name: 'Olivia Owner', address: 'olivia@example.com' },
    subject: 'Get to know Globex before your interview',
    text: 'Hi Ada,\n\nStill to do:\n- Read the company site: https://app.example/a/token#item-1\n',
    html: '<p>Hi Ada,</p>\n<ul><li><a href="https://app.example/a/token#item-1">Read the company site</a></li></ul>',
    unsubscribeUrl: 'https://app.example/u/unsubscribe-token',
    calendar: CALENDAR,
    ...overrides,
  };
}

async function parsed(mail: OutgoingMail) {
  const message = composeMimeMessage(mail, new Date('2026-11-26T20:36:53.250Z'));
  return { message, email: await PostalMime.parse(message.raw), source: message.raw.toString('latin1') };
}

/** A body as the parser hands it back: LF line breaks, and the line break before the part's delimiter kept. */
function asParsed(body: string): string {
  return `${body.replace(/\r\n/g, '\n')}\n`;
}

function headerBlock(source: string): string {
  return source.slice(0, source.indexOf('\r\n\r\n'));
}

describe('composeMimeMessage', () => {
  it('writes the headers a mail client and a list manager read, with the envelope to match', async () => {
    const { message, email, source } = await parsed(reminder());
    expect(message.envelope).toEqual({ from: 'reminders@prep.example', to: ['ada@example.com'] });
    expect(email.from).toEqual({ name: 'Northwind Coaching', address: 'reminders@prep.example' });
    expect(email.to).toEqual([{ name: 'Ada Lovelace', address: 'ada@example.com' }]);
    expect(email.replyTo).toEqual([{ name: 'Olivia Owner', address: 'olivia@example.com' }]);
    expect(email.subject).toBe('Get to know Globex before your interview');
    expect(email.messageId).toBe('<reminder-1@prep.example>');
    expect(email.date).toBe('2026-11-26T20:36:53.000Z');
    expect(headerBlock(source)).toContain('\r\nList-Unsubscribe: <https://app.example/u/unsubscribe-token>\r\n');
    expect(headerBlock(source)).toContain('\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n');
    expect(headerBlock(source)).toContain('\r\nMIME-Version: 1.0\r\n');
  });

  it('carries text, HTML and the calendar event, as an alternative and as interview.ics', async () => {
    const mail = reminder();
    const { email, source } = await parsed(mail);
    expect(email.text).toBe(asParsed(mail.text));
    expect(email.html).toBe(asParsed(mail.html));
    const [event, file, ...others] = email.attachments;
    expect(others).toEqual([]);
    expect(event).toMatchObject({ mimeType: 'text/calendar', method: 'REQUEST' });
    expect(event.disposition).not.toBe('attachment');
    expect(file).toMatchObject({ filename: 'interview.ics', mimeType: 'application/ics', disposition: 'attachment' });
    // The parser hands calendars back with LF line breaks; the wire carries them byte for byte.
    for (const { content } of [event, file])
      expect(Buffer.from(content as ArrayBuffer).toString('utf8')).toBe(CALENDAR.replace(/\r\n/g, '\n'));
    const base64Bodies = [
      ...source.matchAll(/Content-Transfer-Encoding: base64\r\n(?:[^\r\n]+\r\n)*\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/g),
    ];
    expect(base64Bodies.map(([, body]) => Buffer.from(body, 'base64').toString('utf8'))).toEqual([CALENDAR, CALENDAR]);
  });

  it('sends text and HTML alone, with no attachment, when there is no calendar event', async () => {
    const mail = reminder({ calendar: undefined, unsubscribeUrl: undefined, replyTo: undefined });
    const { email, source } = await parsed(mail);
    expect(email.text).toBe(asParsed(mail.text));
    expect(email.html).toBe(asParsed(mail.html));
    expect(email.attachments).toEqual([]);
    expect(email.replyTo).toBeUndefined();
    expect(headerBlock(source)).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(headerBlock(source)).not.toMatch(/^List-Unsubscribe/im);
  });

  it('keeps names and subjects in any script, with quotes and specials, exactly', async () => {
    const names = [
      'Zoë Ångström',
      '田中 さくら',
      'O\'Brien, "Pat" (coach) \\ <x>',
      '🙂 '.repeat(40).trim(),
      'A'.repeat(200),
      `Pat "P" ${'x'.repeat(45)},`,
    ];
    for (const name of names) {
      const subject = `Prep for ${name}: réponse — ${'long words '.repeat(12)}`;
      const { email, source } = await parsed(
        reminder({
          to: { name, address: 'ada@example.com' },
          from: { name, address: 'reminders@prep.example' },
          subject,
        }),
      );
      expect(email.to).toEqual([{ name, address: 'ada@example.com' }]);
      expect(email.from).toEqual({ name, address: 'reminders@prep.example' });
      expect(email.subject).toBe(subject);
      for (const line of headerBlock(source).split('\r\n')) expect(line).toHaveLength(Math.min(line.length, 78));
    }
  });

  it('lets no line break in a name or subject add a header or a recipient', async () => {
    const injection = 'Eve\r\nBcc: attacker@evil.example\r\n\r\n<p>forged</p>';
    const { email, source } = await parsed(
      reminder({
        to: { name: injection, address: 'ada@example.com' },
        subject: injection,
        replyTo: { name: injection, address: 'olivia@example.com' },
      }),
    );
    expect(headerBlock(source)).not.toMatch(/^bcc:/im);
    expect(email.bcc).toBeUndefined();
    expect(email.to).toEqual([{ name: injection, address: 'ada@example.com' }]);
    expect(email.subject).toBe(injection);
    expect(email.html).toBe(asParsed(reminder().html));
  });

  it('refuses an address, Message-ID or unsubscribe URL that could break out of its header', () => {
    expect(() =>
      composeMimeMessage(reminder({ to: { name: 'Ada', address: 'ada@example.com>\r\nBcc: x@evil.example' } })),
    ).toThrow(InvalidMailAddressError);
    expect(() => composeMimeMessage(reminder({ from: { name: 'Ada', address: 'Ada <ada@example.com>' } }))).toThrow(
      InvalidMailAddressError,
    );
    expect(() => composeMimeMessage(reminder({ messageId: '<a@b>\r\nBcc: x@evil.example' }))).toThrow(
      MessageCompositionError,
    );
    expect(() =>
      composeMimeMessage(reminder({ unsubscribeUrl: 'https://app.example/u/x>, <mailto:x@evil.example' })),
    ).toThrow(MessageCompositionError);
  });

  it('writes 7-bit lines that SMTP carries as they are: at most 78 characters of header, 76 of body', async () => {
    const text = [
      'a'.repeat(300),
      `${'x '.repeat(100)}`,
      'trailing space ',
      'trailing tab\t',
      '.leading dot',
      '--leading dashes',
      'From the start',
      'equals = sign',
      'é'.repeat(90),
    ].join('\n');
    const { email, source } = await parsed(
      reminder({
        text,
        html: text,
        subject: 'é'.repeat(100),
        to: { name: 'ü'.repeat(120), address: 'ada@example.com' },
      }),
    );
    expect(email.text).toBe(asParsed(text));
    expect(email.html).toBe(asParsed(text));
    expect(source).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(source.endsWith('\r\n')).toBe(true);
    expect(source.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [headers, ...bodyParts] = source.split('\r\n\r\n');
    for (const line of headers.split('\r\n')) expect(line).toHaveLength(Math.min(line.length, 78));
    for (const line of bodyParts.join('\r\n\r\n').split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    for (const line of source.split('\r\n').filter((line) => line.endsWith(' ') || line.endsWith('\t')))
      expect(line).toMatch(/^(Subject|To|From):/);
  });

  it('folds a long plain subject and name at spaces, and keeps them readable', async () => {
    const subject = `Your interview at ${'Very Long Company Name '.repeat(6)}is on Monday`;
    const name = `Alexandra ${'Middlename '.repeat(5)}Smith-Jones`;
    const { email, source } = await parsed(reminder({ subject, to: { name, address: 'ada@example.com' } }));
    expect(email.subject).toBe(subject);
    expect(email.to).toEqual([{ name, address: 'ada@example.com' }]);
    const headers = headerBlock(source).split('\r\n');
    for (const line of headers) expect(line).toHaveLength(Math.min(line.length, 78));
    expect(headers.find((line) => line.startsWith('Subject: '))).toBe(
      'Subject: Your interview at Very Long Company Name Very Long Company Name Very',
    );
  });

  it('round-trips any text through quoted-printable, whatever its lines and characters', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const alphabet = ['a', ' ', '\t', '=', '.', '-', '\n', '\r\n', 'é', '€', '🙂', '=?', '--', 'Z'];
    for (let round = 0; round < 60; round++) {
      const text = Array.from(
        { length: Math.floor(random() * 400) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const { email } = await parsed(reminder({ text, calendar: undefined }));
      expect(email.text).toBe(asParsed(text));
    }
  });
});
