import nodemailer from 'nodemailer';
import { smtpPoolOptions } from '@prep/mail';
import { CpuUse, measureCpu } from '../support/process-cpu';
import { withinDeadline } from '../support/wait';

export interface RawSmtpResult {
  sent: number;
  elapsedMs: number;
  cpu: CpuUse;
  timedOut: boolean;
}

/**
 * Baseline: a pooled nodemailer transport sending n small messages, all handed over at once, with
 * the worker's own pool settings (five connections, each replaced after as many messages).
 */
export async function measureRawSmtp(
  smtpUrl: string,
  messagesPerConnection: number,
  n: number,
  deadlineMs: number,
): Promise<RawSmtpResult> {
  const transport = nodemailer.createTransport({ url: smtpUrl, ...smtpPoolOptions(messagesPerConnection) });
  let sent = 0;
  try {
    const started = performance.now();
    const { result: finished, cpu } = await measureCpu(() => {
      const sends = Array.from({ length: n }, (_, index) =>
        transport.sendMail(smallMessage(index)).then(() => (sent += 1)),
      );
      return withinDeadline(Promise.allSettled(sends), deadlineMs);
    });
    return { sent, elapsedMs: performance.now() - started, cpu, timedOut: finished === undefined };
  } finally {
    transport.close();
  }
}

function smallMessage(index: number) {
  return {
    from: 'bench@bench.example',
    to: `recipient-${index}@bench.example`,
    subject: `Baseline message ${index}`,
    text: 'A small message for the SMTP baseline.',
  };
}
