// RFC 2045: encoded lines are at most 76 characters.
const MAX_LINE = 76;
const HEX = '0123456789ABCDEF';

// Every byte as quoted-printable writes it mid-line: printable ASCII but "=" as itself, the rest
// as =XX. Space and tab are themselves too, except at the end of a line (see encodeLine).
const QP_BYTE: string[] = Array.from({ length: 256 }, (_, byte) =>
  (byte >= 33 && byte <= 126 && byte !== 61) || byte === 32 || byte === 9
    ? String.fromCharCode(byte)
    : `=${HEX[byte >> 4]}${HEX[byte & 15]}`,
);
const QP_LINE_END_WHITESPACE: Record<number, string> = { 32: '=20', 9: '=09' };

/**
 * Quoted-printable (RFC 2045 §6.7) of a text in canonical form: line breaks become CRLF, long
 * lines get soft breaks, the rest stays readable in the raw message. No output line starts a
 * MIME boundary: "=" only ever appears as "=XX" or a soft break.
 */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(encodeLine)
    .join('\r\n');
}

function encodeLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  let encoded = '';
  let lineLength = 0;
  for (let index = 0; index < bytes.length; index++) {
    const last = index === bytes.length - 1;
    const token = (last && QP_LINE_END_WHITESPACE[bytes[index]]) || QP_BYTE[bytes[index]];
    // Room for the token, and for the "=" of a soft break unless nothing follows it.
    if (lineLength + token.length > (last ? MAX_LINE : MAX_LINE - 1)) {
      encoded += '=\r\n';
      lineLength = 0;
    }
    encoded += token;
    lineLength += token.length;
  }
  return encoded;
}

/** Base64 in lines of 76 characters, CRLF between them. */
export function base64Lines(content: string): string {
  const encoded = Buffer.from(content, 'utf8').toString('base64');
  const lines: string[] = [];
  for (let start = 0; start < encoded.length; start += MAX_LINE) lines.push(encoded.slice(start, start + MAX_LINE));
  return lines.join('\r\n');
}
