import { randomUUID } from 'node:crypto';
import { base64Lines, quotedPrintable } from './mime-bodies';
import {
  bracketedUrl,
  headerLine,
  mailbox,
  messageIdValue,
  plainAddress,
  rfc5322Date,
  unstructured,
} from './mime-headers';
import type { OutgoingMail } from './outgoing-mail';

/** A message as it goes on the wire (7-bit, CRLF) with the SMTP envelope it goes under. */
export interface MimeMessage {
  envelope: { from: string; to: string[] };
  raw: Buffer;
}

const CALENDAR_FILE = 'interview.ics';

/**
 * Our messages have one shape: text and HTML alternatives, and for an interview a calendar
 * event, both as an alternative (calendar clients act on it) and as an `interview.ics`
 * attachment (the rest offer it for download). Written directly, it costs a fraction of what a
 * general MIME builder spends on the same bytes, on every reminder.
 *
 * Every header value is checked or encoded here, whatever the caller passed: names and subjects
 * with anything but printable ASCII become encoded words, so no value can end the line or add a
 * header. Text and HTML are quoted-printable (readable in the raw message), the calendar base64
 * (its CRLF lines arrive byte for byte); boundaries start with "=_", which no quoted-printable or
 * base64 line can contain, so no content can end a part early.
 */
export function composeMimeMessage(mail: OutgoingMail, now = new Date()): MimeMessage {
  const tag = randomUUID().replace(/-/g, '');
  const alternatives = multipart('alternative', `=_alt_${tag}`, [
    part('text/plain; charset=utf-8', quotedPrintable(mail.text)),
    part('text/html; charset=utf-8', quotedPrintable(mail.html)),
    ...(mail.calendar
      ? [
          part(
            `text/calendar; charset=utf-8; method=${calendarMethod(mail.calendar)}`,
            base64Lines(mail.calendar),
            'base64',
          ),
        ]
      : []),
  ]);
  const body = mail.calendar
    ? multipart('mixed', `=_mixed_${tag}`, [alternatives, calendarAttachment(mail.calendar)])
    : alternatives;
  const raw = messageHeaders(mail, now) + body;
  return {
    envelope: { from: plainAddress(mail.from.address), to: [plainAddress(mail.to.address)] },
    raw: Buffer.from(raw, 'latin1'),
  };
}

function messageHeaders(mail: OutgoingMail, now: Date): string {
  return [
    headerLine('From', mailbox('From', mail.from)),
    headerLine('To', mailbox('To', mail.to)),
    mail.replyTo ? headerLine('Reply-To', mailbox('Reply-To', mail.replyTo)) : '',
    headerLine('Subject', unstructured('Subject', mail.subject)),
    headerLine('Message-ID', messageIdValue(mail.messageId)),
    headerLine('Date', rfc5322Date(now)),
    headerLine('MIME-Version', '1.0'),
    mail.unsubscribeUrl ? headerLine('List-Unsubscribe', bracketedUrl(mail.unsubscribeUrl)) : '',
    mail.unsubscribeUrl ? headerLine('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click') : '',
  ].join('');
}

/** A part: its headers, a blank line, its body (no trailing line break; the delimiter brings it). */
function part(contentType: string, encodedBody: string, encoding = 'quoted-printable', extraHeaders = ''): string {
  return `${headerLine('Content-Type', contentType)}${headerLine('Content-Transfer-Encoding', encoding)}${extraHeaders}\r\n${encodedBody}`;
}

function multipart(subtype: 'alternative' | 'mixed', boundary: string, parts: string[]): string {
  const delimited = parts.map((content) => `--${boundary}\r\n${content}\r\n`).join('');
  return `${headerLine('Content-Type', `multipart/${subtype};\r\n boundary="${boundary}"`)}\r\n${delimited}--${boundary}--\r\n`;
}

/** The Content-Type's method must be the calendar's own METHOD (RFC 6047 2.4). */
function calendarMethod(calendar: string): string {
  return /^METHOD:([A-Z-]+)\r$/m.exec(calendar)?.[1] ?? 'PUBLISH';
}

function calendarAttachment(calendar: string): string {
  const disposition = headerLine('Content-Disposition', `attachment; filename="${CALENDAR_FILE}"`);
  return part(`application/ics; name="${CALENDAR_FILE}"`, base64Lines(calendar), 'base64', disposition);
}
