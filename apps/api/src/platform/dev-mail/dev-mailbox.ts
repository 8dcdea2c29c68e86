import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface DroppedMail {
  file: string;
  receivedAt: Date;
  subject: string;
  to: string;
}

const EML = /^[A-Za-z0-9._-]+\.eml$/;

/** The development mail drop: the .eml files the worker writes when no SMTP server is set. */
export async function listDroppedMail(dropDir: string): Promise<DroppedMail[]> {
  const files = (await readdir(dropDir).catch(() => [] as string[])).filter((file) => EML.test(file));
  const mails = await Promise.all(files.map((file) => describe(dropDir, file)));
  return mails.sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
}

/** One message as its raw source; null for anything that is not a dropped .eml file. */
export async function readDroppedMail(dropDir: string, file: string): Promise<string | null> {
  if (!EML.test(file)) return null;
  return readFile(join(dropDir, file), 'utf8').catch(() => null);
}

async function describe(dropDir: string, file: string): Promise<DroppedMail> {
  const [raw, info] = await Promise.all([readFile(join(dropDir, file), 'utf8'), stat(join(dropDir, file))]);
  const headers = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  return { file, receivedAt: info.mtime, subject: decodeWords(header('Subject')), to: decodeWords(header('To')) };
}

/** RFC 2047 encoded words (=?UTF-8?B?...?= and =?UTF-8?Q?...?=); the space between two of them is folding, not text. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(?==\?UTF-8\?)/gi, '$1')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_match, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}
