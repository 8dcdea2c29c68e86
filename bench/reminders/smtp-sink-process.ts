import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * The benchmark's SMTP server, run as a child process of its own (see smtp-sink.ts): it accepts
 * every message on 127.0.0.1, keeps none and counts them. It tells its parent the port once it
 * listens, answers each 'count' message with the number accepted so far, and stops on 'close'.
 */
export type SinkRequest = 'count' | 'close';
export type SinkReport = { listening: number } | { accepted: number };

let accepted = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  // A loopback server has no name worth looking up, and the lookup would leave the machine.
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, callback) {
    stream.on('end', () => {
      accepted += 1;
      callback(null);
    });
    stream.resume();
  },
});
server.on('error', () => undefined); // a client dropping its connection is not the sink's failure

function report(message: SinkReport): void {
  process.send?.(message);
}

process.on('message', (request: SinkRequest) => {
  if (request === 'count') report({ accepted });
  else server.close(() => process.exit(0));
});
// The parent gone (crashed or killed) leaves nothing to serve.
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => report({ listening: (server.server.address() as AddressInfo).port }));
