import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { SendMailOptions, Transporter } from 'nodemailer';
import type { OutgoingMail } from './outgoing-mail';

export interface MailReceipt {
  /** The server's final answer, or where the message was written. */
  response: string;
}

/** Hands messages to the mail server (or, in development, to a drop directory). */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<MailReceipt>;
  close(): void;
}

export interface MailTransportSettings {
  smtpUrl: string | null;
  dropDir: string;
}

// Every wait is bounded well under the reminder claim (5 minutes): a send must end, one way or
// the other, before another worker may take the same reminder.
const SMTP_LIMITS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000, dnsTimeout: 10_000 };

/** SMTP through one pooled transport when configured, else one .eml file per message in dropDir. */
export function createMailTransport(settings: MailTransportSettings, onError: (error: Error) => void): MailTransport {
  return settings.smtpUrl ? smtpTransport(settings.smtpUrl, onError) : dropDirTransport(settings.dropDir);
}

/**
 * Each message is built in memory first (nodemailer's own composer, the same MIME it would
 * stream) and handed to the pool in one piece. Streamed straight into the socket, a message with
 * text, HTML and a calendar part is written in dozens of small chunks, each a system call of its
 * own, and those cost more than building the whole message.
 */
function smtpTransport(url: string, onError: (error: Error) => void): MailTransport {
  const composer = inMemoryComposer();
  const transporter = nodemailer.createTransport({ url, pool: true, maxConnections: 5, ...SMTP_LIMITS });
  transporter.on('error', onError);
  return {
    send: async (mail) => {
      const built = await composer.sendMail(toNodemailer(mail));
      return { response: (await transporter.sendMail({ envelope: built.envelope, raw: built.message as Buffer })).response };
    },
    close: () => {
      transporter.close();
      composer.close();
    },
  };
}

function inMemoryComposer(): Transporter {
  return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
}

/** A development catcher: each message as it would go on the wire, openable in any mail client. */
function dropDirTransport(dropDir: string): MailTransport {
  const transporter = inMemoryComposer();
  return {
    send: async (mail) => {
      const info = await transporter.sendMail(toNodemailer(mail));
      await mkdir(dropDir, { recursive: true });
      const file = join(dropDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${fileSafe(mail.messageId)}.eml`);
      await writeFile(file, info.message as Buffer);
      return { response: `written to ${file}` };
    },
    close: () => transporter.close(),
  };
}

function toNodemailer(mail: OutgoingMail): SendMailOptions {
  return {
    messageId: mail.messageId,
    from: mail.from,
    to: mail.to,
    replyTo: mail.replyTo,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    ...(mail.unsubscribeUrl && {
      list: { unsubscribe: mail.unsubscribeUrl },
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    }),
    ...(mail.calendar && { icalEvent: { method: 'PUBLISH', filename: 'interview.ics', content: mail.calendar } }),
    // Message data never makes the mailer read files or fetch URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

function fileSafe(messageId: string): string {
  return messageId.replace(/[^A-Za-z0-9.-]+/g, '_').replace(/^_|_$/g, '');
}
