import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createMailTransport } from './mail-transport';
import type { OutgoingMail } from './outgoing-mail';

/** A real SMTP server on loopback that counts the connections it was opened and the messages it took. */
async function countingServer() {
  let connections = 0;
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    // A loopback server has no name worth looking up, and the lookup would leave the machine.
    disableReverseLookup: true,
    logger: false,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('latin1'));
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    connections: () => connections,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const mail = (index: number): OutgoingMail => ({
  messageId: `<message-${index}@prep.example>`,
  from: { name: 'Northwind', address: 'reminders@prep.example' },
  to: { name: 'Ada', address: 'ada@example.com' },
  subject: `Message ${index}`,
  text: 'Hello',
  html: '<p>Hello</p>',
});

describe('createMailTransport over SMTP', () => {
  it.each([
    [3, 7, 3],
    [100, 7, 1],
  ])(
    'replaces a pooled connection after %i messages (%i sent one after another, connections opened: %i)',
    async (messagesPerConnection, messages, expectedConnections) => {
      const server = await countingServer();
      const transport = createMailTransport(
        { smtpUrl: server.url, messagesPerConnection, dropDir: '' },
        () => undefined,
      );
      try {
        for (let index = 0; index < messages; index++) {
          const { response } = await transport.send(mail(index));
          expect(response).toMatch(/^250 /);
        }
        expect(server.received).toHaveLength(messages);
        expect(server.received[6]).toContain('Message-ID: <message-6@prep.example>');
        expect(server.connections()).toBe(expectedConnections);
      } finally {
        transport.close();
        await server.close();
      }
    },
  );
});
