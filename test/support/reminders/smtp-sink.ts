import { EventEmitter } from 'node:events';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerSession } from 'smtp-server';
import { onEvents, waitFor, WakeSource } from '../wait-for';
import { headerValue, parseMime, MimePart } from './mime';

/** One message as the SMTP server received it. */
export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  raw: string;
  mime: MimePart;
  messageId: string;
}

/** How the server answers a message: accept it, or refuse it with a reply code. */
export type SinkAnswer = { accept: true } | { accept: false; code: number; message: string };

export interface SmtpSink {
  url: string;
  /** Messages accepted so far, in order. */
  accepted: () => ReceivedMail[];
  /** Every DATA the server was offered, accepted or not. */
  offered: () => number;
  answerWith: (answer: (mail: ReceivedMail) => SinkAnswer) => void;
  /** Delays each acceptance, to keep sends in flight for a while. */
  setAcceptDelayMs: (ms: number) => void;
  /** Wakes a `waitFor` whenever a message is accepted or refused. */
  received: WakeSource;
  /** The first accepted message that matches, once there is one. */
  waitForMail: (matches: (mail: ReceivedMail) => boolean, what: string) => Promise<ReceivedMail>;
  close: () => Promise<void>;
}

const ACCEPT: SinkAnswer = { accept: true };

/** A real SMTP server on 127.0.0.1 (no TLS, no auth) that keeps what it accepts. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const accepted: ReceivedMail[] = [];
  let offered = 0;
  let answer: (mail: ReceivedMail) => SinkAnswer = () => ACCEPT;
  let acceptDelayMs = 0;
  const events = new EventEmitter();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    // A loopback server has no name worth looking up, and the lookup would leave the machine.
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        offered += 1;
        const mail = toReceived(Buffer.concat(chunks).toString('utf8'), session);
        const reply = answer(mail);
        if (!reply.accept) {
          callback(Object.assign(new Error(reply.message), { responseCode: reply.code }));
          return events.emit('received');
        }
        setTimeout(() => {
          accepted.push(mail);
          callback(null);
          events.emit('received');
        }, acceptDelayMs);
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const received = onEvents(events, 'received');
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted: () => [...accepted],
    offered: () => offered,
    answerWith: (next) => (answer = next),
    setAcceptDelayMs: (ms) => (acceptDelayMs = ms),
    received,
    waitForMail: (matches, what) => waitFor(() => accepted.find(matches), what, { wakeOn: [received] }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function toReceived(raw: string, session: SMTPServerSession): ReceivedMail {
  const mime = parseMime(raw);
  return {
    envelope: {
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      to: session.envelope.rcptTo.map((recipient) => recipient.address),
    },
    raw,
    mime,
    messageId: headerValue(mime, 'message-id') ?? '',
  };
}
