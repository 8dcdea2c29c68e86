/** One interview as a calendar event; a later version of the same event replaces it in the calendar. */
export interface InterviewEvent {
  /** Stable across reschedules, so calendars update the event instead of adding one. */
  uid: string;
  /** Raised by every reschedule and by the cancellation (0 for the first version). */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  /** DTSTAMP: when this version of the event was written. */
  stampedAt: Date;
  /** Who sends the invitation (RFC 5546 requires an ORGANIZER for REQUEST and CANCEL). */
  organizer: CalendarParty;
  /** The candidate. */
  attendee: CalendarParty;
  /** REQUEST puts (or moves) the event in the attendee's calendar; CANCEL removes it. */
  method: 'REQUEST' | 'CANCEL';
}

export interface CalendarParty {
  name: string;
  address: string;
}

const MAX_LINE_OCTETS = 75;

/**
 * An iTIP message (RFC 5546) holding the interview: METHOD:REQUEST for a new or moved event,
 * METHOD:CANCEL with STATUS:CANCELLED for a cancelled one; iCalendar (RFC 5545), CRLF line endings.
 */
export function interviewCalendar(event: InterviewEvent): string {
  const cancelled = event.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Interview Prep//Reminders//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.stampedAt)}`,
    `DTSTART:${utcStamp(event.startsAt)}`,
    `DTEND:${utcStamp(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    `ORGANIZER;CN=${quotedParameter(event.organizer.name)}:mailto:${event.organizer.address}`,
    `ATTENDEE;CN=${quotedParameter(event.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${event.attendee.address}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** TEXT values: backslash, semicolon and comma are escaped, any line break becomes \n (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** A parameter value is quoted and may hold no DQUOTE or control character (RFC 5545 3.1, 3.2). */
function quotedParameter(value: string): string {
  return `"${value.replace(/["\u0000-\u001f\u007f]/g, '')}"`;
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Lines longer than 75 octets continue on the next line after CRLF and a space, never inside a character. */
function foldLine(line: string): string {
  // Most lines fit: one measure of the whole line instead of one per character.
  if (Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Octets of one character (a code point) in UTF-8; a lone surrogate is written as U+FFFD, three octets. */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
