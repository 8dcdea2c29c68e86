/** Just enough MIME reading for the tests to look at what a real SMTP server received. */
export interface MimePart {
  /** Header names in lower case; unfolded values in order of appearance. */
  headers: Array<[string, string]>;
  body: string;
  parts: MimePart[];
}

export function parseMime(raw: string): MimePart {
  const normalized = raw.replace(/\r?\n/g, '\r\n');
  const split = normalized.indexOf('\r\n\r\n');
  const headerText = split === -1 ? normalized : normalized.slice(0, split);
  const body = split === -1 ? '' : normalized.slice(split + 4);
  const headers = headerText
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')
    .filter((line) => line.includes(':'))
    .map((line): [string, string] => [
      line.slice(0, line.indexOf(':')).trim().toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]);
  const part: MimePart = { headers, body, parts: [] };
  const boundary = /boundary="?([^";]+)"?/i.exec(headerValue(part, 'content-type') ?? '')?.[1];
  if (boundary) {
    part.parts = body
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((chunk) => parseMime(chunk.replace(/^\r\n/, '')));
  }
  return part;
}

export function headerValue(part: MimePart, name: string): string | undefined {
  return part.headers.find(([key]) => key === name.toLowerCase())?.[1];
}

export function headerValues(part: MimePart, name: string): string[] {
  return part.headers.filter(([key]) => key === name.toLowerCase()).map(([, value]) => value);
}

/** Depth-first: the first part whose Content-Type starts with `type`. */
export function findPart(part: MimePart, type: string): MimePart | undefined {
  if ((headerValue(part, 'content-type') ?? '').toLowerCase().startsWith(type)) return part;
  for (const child of part.parts) {
    const found = findPart(child, type);
    if (found) return found;
  }
  return undefined;
}

export function decodedBody(part: MimePart): string {
  const encoding = (headerValue(part, 'content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return part.body;
}

/** RFC 2047 encoded words in a header value, decoded. */
export function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_match, kind: string, text: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
