import type { MailAddress } from './outgoing-mail';
import { InvalidMailAddressError, MessageCompositionError } from './outgoing-mail';

// RFC 5322: a header line SHOULD stay within 78 characters and MUST stay within 998.
const PREFERRED_LINE = 78;
// RFC 2047: an encoded word is at most 75 characters. "=?UTF-8?B?" and "?=" take 12 of them.
const ENCODED_WORD_OVERHEAD = 12;
const MAX_ENCODED_WORD_BYTES = 45;
const FOLD = '\r\n ';

// Printable ASCII only: anything else (line breaks included) goes out as encoded words.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// A phrase that needs no quoting: atext and spaces (RFC 5322 §3.2.3).
const ATEXT_PHRASE = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/;
// What the address validation lets through (libs/domain), checked again here because a
// header is written from it.
const PLAIN_ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+$/;
const MESSAGE_ID = /^<[\x21-\x3d\x3f-\x7e]+@[\x21-\x3d\x3f-\x7e]+>$/;
const HEADER_URL = /^[\x21-\x3b\x3d\x3f-\x7e]+$/;

/** `Name: value`, the value already encoded and folded. */
export function headerLine(name: string, value: string): string {
  return `${name}: ${value}\r\n`;
}

/** An unstructured value (Subject): as is when it is plain ASCII, else UTF-8 encoded words. */
export function unstructured(name: string, value: string): string {
  if (isPlainText(value)) {
    const folded = foldAtSpaces(value, name.length + 2);
    if (folded !== null) return folded;
  }
  return encodedWords(value, name.length + 2).join(FOLD);
}

/** `Name <address>`: the name as atoms, a quoted string or encoded words, whichever fits. */
export function mailbox(headerName: string, { name, address }: MailAddress): string {
  const addrSpec = plainAddress(address);
  if (name === '') return addrSpec;
  if (isPlainText(name)) {
    const plain = `${ATEXT_PHRASE.test(name) ? name : quoted(name)} <${addrSpec}>`;
    if (headerName.length + 2 + plain.length <= PREFERRED_LINE) return plain;
  }
  return `${encodedWords(name, headerName.length + 2).join(FOLD)}${FOLD}<${addrSpec}>`;
}

export function plainAddress(address: string): string {
  if (!PLAIN_ADDRESS.test(address))
    throw new InvalidMailAddressError(`not a plain address: ${JSON.stringify(address)}`);
  return address;
}

export function messageIdValue(messageId: string): string {
  if (!MESSAGE_ID.test(messageId)) throw new MessageCompositionError(`not a Message-ID: ${JSON.stringify(messageId)}`);
  return messageId;
}

/** A URL in angle brackets (List-Unsubscribe): it must not be able to close the bracket or the line. */
export function bracketedUrl(url: string): string {
  if (!HEADER_URL.test(url))
    throw new MessageCompositionError(`not a URL that can go in a header: ${JSON.stringify(url)}`);
  return `<${url}>`;
}

/** RFC 5322 date-time in UTC, e.g. `Thu, 26 Nov 2026 20:36:53 +0000`. */
export function rfc5322Date(instant: Date): string {
  return instant.toUTCString().replace('GMT', '+0000');
}

/**
 * RFC 2047 "B" words, one per folded line, never splitting a character. The first shares its
 * line with the header name (`firstLineUsed` characters).
 */
export function encodedWords(value: string, firstLineUsed: number): string[] {
  const words: string[] = [];
  let chunk = '';
  let chunkBytes = 0;
  let budget = wordBytesFitting(PREFERRED_LINE - firstLineUsed);
  for (const character of value) {
    const bytes = Buffer.byteLength(character, 'utf8');
    if (chunkBytes + bytes > budget && chunk !== '') {
      words.push(encodedWord(chunk));
      chunk = '';
      chunkBytes = 0;
      budget = wordBytesFitting(PREFERRED_LINE - 1); // a continuation line starts with a space
    }
    chunk += character;
    chunkBytes += bytes;
  }
  words.push(encodedWord(chunk));
  return words;
}

/** How many bytes an encoded word may carry in `room` characters: base64 takes 4 for every 3. */
function wordBytesFitting(room: number): number {
  return Math.min(MAX_ENCODED_WORD_BYTES, Math.floor((room - ENCODED_WORD_OVERHEAD) / 4) * 3);
}

function encodedWord(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

/** Printable ASCII that a reader cannot mistake for an encoded word. */
function isPlainText(value: string): boolean {
  return PRINTABLE_ASCII.test(value) && !value.includes('=?');
}

function quoted(phrase: string): string {
  return `"${phrase.replace(/[\\"]/g, '\\$&')}"`;
}

/** Folds before spaces so lines keep to 78 characters; null if a single word would pass 998. */
function foldAtSpaces(value: string, firstLineUsed: number): string | null {
  const words = value.split(' ');
  let folded = words[0];
  let lineLength = firstLineUsed + words[0].length;
  for (const word of words.slice(1)) {
    if (lineLength + 1 + word.length > PREFERRED_LINE && word !== '') {
      folded += `${FOLD}${word}`;
      lineLength = 1 + word.length;
    } else {
      folded += ` ${word}`;
      lineLength += 1 + word.length;
    }
    if (lineLength > 998) return null;
  }
  return firstLineUsed + words[0].length > 998 ? null : folded;
}
