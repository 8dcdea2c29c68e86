import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { composeMimeMessage } from './mime-message';
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
  messagesPerConnection: number;
  dropDir: string;
}

// Every wait is bounded well under the reminder claim (5 minutes): a send must end, one way or
// the other, before another worker may take the same reminder.
const SMTP_LIMITS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000, dnsTimeout: 10_000 };

/** The worker's SMTP pool: five connections, each replaced after `messagesPerConnection` messages. */
export function smtpPoolOptions(messagesPerConnection: number) {
  return { pool: true, maxConnections: 5, maxMessages: messagesPerConnection } as const;
}

/** SMTP through one pooled transport when configured, else one .eml file per message in dropDir. */
export function createMailTransport(settings: MailTransportSettings, onError: (error: Error) => void): MailTransport {
  return settings.smtpUrl
    ? smtpTransport(settings.smtpUrl, settings.messagesPerConnection, onError)
    : dropDirTransport(settings.dropDir);
}

/** One pooled SMTP transport; each message goes to it already composed, in one piece. */
function smtpTransport(url: string, messagesPerConnection: number, onError: (error: Error) => void): MailTransport {
  const transporter = nodemailer.createTransport({ url, ...smtpPoolOptions(messagesPerConnection), ...SMTP_LIMITS });
  transporter.on('error', onError);
  return {
    send: async (mail) => {
      const { envelope, raw } = composeMimeMessage(mail);
      return { response: (await transporter.sendMail({ envelope, raw })).response };
    },
    close: () => transporter.close(),
  };
}

/** A development catcher: each message as it would go on the wire, openable in any mail client. */
function dropDirTransport(dropDir: string): MailTransport {
  return {
    send: async (mail) => {
      const { raw } = composeMimeMessage(mail);
      await mkdir(dropDir, { recursive: true });
      const file = join(dropDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${fileSafe(mail.messageId)}.eml`);
      await writeFile(file, raw);
      return { response: `written to ${file}` };
    },
    close: () => undefined,
  };
}

function fileSafe(messageId: string): string {
  return messageId.replace(/[^A-Za-z0-9.-]+/g, '_').replace(/^_|_$/g, '');
}
