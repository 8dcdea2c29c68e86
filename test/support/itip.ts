// A small, strict reader of the iTIP messages (RFC 5546) our emails carry: it refuses what a
// calendar might refuse (bad line endings or folding, unbalanced components, a property the
// method requires missing or repeated), so a test can trust what it reads back.

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface ItipEvent {
  method: string;
  /** The VEVENT's properties by name (ATTENDEE may repeat). */
  event: Map<string, IcsProperty[]>;
  one: (name: string) => IcsProperty;
}

const UTC_STAMP = /^\d{8}T\d{6}Z$/;
const REQUIRED_BY_METHOD: Record<string, string[]> = {
  REQUEST: ['ATTENDEE', 'DTSTAMP', 'DTSTART', 'ORGANIZER', 'SUMMARY', 'UID', 'SEQUENCE'],
  CANCEL: ['ATTENDEE', 'DTSTAMP', 'ORGANIZER', 'SEQUENCE', 'UID', 'STATUS'],
};
const SINGLE = ['DTSTAMP', 'DTSTART', 'DTEND', 'ORGANIZER', 'SUMMARY', 'UID', 'SEQUENCE', 'STATUS', 'LOCATION'];

export function parseItip(ics: string): ItipEvent {
  if (!ics.endsWith('\r\n') || /[^\r]\n|\r[^\n]/.test(ics)) throw new Error('lines must end with CRLF');
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`line over 75 octets: ${line}`);
  }
  const logical = physical.reduce<string[]>((lines, line) => {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
    return lines;
  }, []);
  const properties = logical.map(parseLine);
  const stack: string[] = [];
  const calendar = new Map<string, IcsProperty[]>();
  const event = new Map<string, IcsProperty[]>();
  let events = 0;
  for (const property of properties) {
    if (property.name === 'BEGIN') {
      stack.push(property.value);
      if (property.value === 'VEVENT') events++;
    } else if (property.name === 'END') {
      if (stack.pop() !== property.value) throw new Error(`END:${property.value} closes nothing`);
    } else {
      const target = stack.at(-1) === 'VEVENT' ? event : stack.at(-1) === 'VCALENDAR' ? calendar : null;
      if (!target) throw new Error(`${property.name} outside a component`);
      target.set(property.name, [...(target.get(property.name) ?? []), property]);
    }
  }
  if (stack.length > 0 || properties[0]?.value !== 'VCALENDAR') throw new Error('unbalanced VCALENDAR');
  if (events !== 1) throw new Error(`expected one VEVENT, found ${events}`);
  for (const name of ['VERSION', 'PRODID', 'METHOD']) {
    if (calendar.get(name)?.length !== 1) throw new Error(`VCALENDAR needs one ${name}`);
  }
  const method = calendar.get('METHOD')![0].value;
  const required = REQUIRED_BY_METHOD[method];
  if (!required) throw new Error(`unexpected METHOD ${method}`);
  for (const name of required) if (!event.has(name)) throw new Error(`${method} needs ${name}`);
  for (const name of SINGLE) if ((event.get(name)?.length ?? 0) > 1) throw new Error(`${name} repeated`);
  for (const name of ['DTSTAMP', 'DTSTART', 'DTEND']) {
    const value = event.get(name)?.[0].value;
    if (value !== undefined && !UTC_STAMP.test(value)) throw new Error(`${name} is not a UTC date-time: ${value}`);
  }
  if (!/^\d+$/.test(event.get('SEQUENCE')![0].value)) throw new Error('SEQUENCE is not a number');
  for (const name of ['ORGANIZER', 'ATTENDEE']) {
    for (const party of event.get(name)!) {
      if (!/^mailto:[^@\s]+@[^@\s]+$/.test(party.value)) throw new Error(`${name} is not a mailto: address`);
    }
  }
  const start = event.get('DTSTART')?.[0].value;
  const end = event.get('DTEND')?.[0].value;
  if (start && end && !(end > start)) throw new Error('DTEND must be after DTSTART');
  const one = (name: string) => {
    const found = event.get(name);
    if (found?.length !== 1) throw new Error(`expected one ${name}`);
    return found[0];
  };
  return { method, event, one };
}

/** `NAME;PARAM=value;PARAM="quoted":value`, with the name and parameter names as RFC 5545 allows. */
function parseLine(line: string): IcsProperty {
  const match = /^([A-Z][A-Z0-9-]*)((?:;[A-Z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
  if (!match) throw new Error(`malformed content line: ${line}`);
  const params: Record<string, string> = {};
  for (const param of match[2].matchAll(/;([A-Z0-9-]+)=("[^"]*"|[^";:,]*)/g)) {
    params[param[1]] = param[2].replace(/^"|"$/g, '');
  }
  return { name: match[1], params, value: match[3] };
}

/** A DATE-TIME in UTC as our events write it, from an instant. */
export function icsUtc(instant: Date | string): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
