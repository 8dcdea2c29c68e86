import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** An SMTP server on 127.0.0.1 that accepts every message, keeps none and counts them. */
export interface CountingSmtpSink {
  url: string;
  accepted: () => number;
  close: () => Promise<void>;
}

export async function startCountingSmtpSink(): Promise<CountingSmtpSink> {
  let accepted = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted: () => accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
