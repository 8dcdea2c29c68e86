import { AddressInfo, Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * The benchmarks' SMTP server, run as a child process of its own (see smtp-sink.ts): it keeps no
 * message, only each one's Message-ID and when its DATA began and was answered. It tells its parent
 * the port once it listens and answers requests over IPC: 'count' (accepted so far), 'messages'
 * (what was accepted), a mode, a delay before it answers each message's DATA, and 'close'.
 *
 * Modes, for outages: 'accept' every message; 'refuse' connections (nothing listens on the port,
 * open connections are cut, as when the relay is down); 'defer' every message with 421 after its
 * DATA (the relay up but throttling or shutting down: the whole message went over, then nothing).
 */
export type SinkMode = 'accept' | 'refuse' | 'defer';
export type SinkRequest = 'count' | 'messages' | 'close' | { mode: SinkMode } | { answerDelayMs: number };
export interface SinkMessage {
  messageId: string | null;
  dataStartedAt: number;
  acceptedAt: number;
}
export type SinkReport =
  | { listening: number }
  | { accepted: number }
  | { messages: SinkMessage[] }
  | { mode: SinkMode }
  | { answerDelayMs: number };

const HEADER_BYTES = 16 * 1024;
const messages: SinkMessage[] = [];
const sockets = new Set<Socket>();
let mode: SinkMode = 'accept';
let answerDelayMs = 0;
let port = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  // A loopback server has no name worth looking up, and the lookup would leave the machine.
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, callback) {
    const dataStartedAt = Date.now();
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < HEADER_BYTES) head += chunk.toString('latin1');
    });
    stream.on('end', () => {
      setTimeout(() => {
        if (mode !== 'accept') return callback(deferral());
        messages.push({ messageId: messageIdOf(head), dataStartedAt, acceptedAt: Date.now() });
        callback(null);
      }, answerDelayMs);
    });
  },
});
server.on('error', () => undefined); // a client dropping its connection is not the sink's failure
server.server.on('connection', (socket: Socket) => {
  sockets.add(socket);
  socket.once('close', () => sockets.delete(socket));
});

function deferral(): Error {
  return Object.assign(new Error('4.3.2 Service shutting down, try again later'), { responseCode: 421 });
}

function messageIdOf(head: string): string | null {
  const headers = head.split(/\r?\n\r?\n/)[0];
  return /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(headers)?.[1] ?? null;
}

function setMode(next: SinkMode): void {
  const wasListening = mode !== 'refuse';
  mode = next;
  if (next === 'refuse' && wasListening) {
    server.server.close();
    for (const socket of sockets) socket.destroy();
  } else if (next !== 'refuse' && !wasListening) {
    server.server.listen(port, '127.0.0.1', () => report({ mode: next }));
    return;
  }
  report({ mode: next });
}

function report(message: SinkReport): void {
  process.send?.(message);
}

process.on('message', (request: SinkRequest) => {
  if (request === 'count') report({ accepted: messages.length });
  else if (request === 'messages') report({ messages });
  else if (request === 'close') server.close(() => process.exit(0));
  else if ('answerDelayMs' in request) {
    answerDelayMs = request.answerDelayMs;
    report({ answerDelayMs });
  } else setMode(request.mode);
});
// The parent gone (crashed or killed) leaves nothing to serve.
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  port = (server.server.address() as AddressInfo).port;
  report({ listening: port });
});
