import { ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { SinkMessage, SinkMode, SinkReport, SinkRequest } from './smtp-sink-process';

export type { SinkMessage, SinkMode } from './smtp-sink-process';

/**
 * An SMTP server on 127.0.0.1 that accepts every message (or, for an outage, refuses connections
 * or defers with 421), keeps none and notes each one's Message-ID. It runs in a child process: a
 * real mail server is never inside the worker, and in process it would take CPU from whichever
 * side is being measured (the raw nodemailer pool or the worker), in proportion to the messages
 * it receives. Both sides send to the same sink.
 */
export interface CountingSmtpSink {
  url: string;
  accepted: () => Promise<number>;
  /** Every message accepted so far, in the order accepted. */
  messages: () => Promise<SinkMessage[]>;
  /** Resolves once the sink works in this mode (for 'accept' after 'refuse': listens again). */
  setMode: (mode: SinkMode) => Promise<void>;
  /** How long the sink takes to answer each message's DATA from now on (a real relay takes some). */
  setAnswerDelay: (ms: number) => Promise<void>;
  close: () => Promise<void>;
}

export async function startCountingSmtpSink(): Promise<CountingSmtpSink> {
  const child = fork(join(__dirname, 'smtp-sink-process.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await nextReport(child, (report) => ('listening' in report ? report.listening : undefined));
  const ask = <T>(message: SinkRequest, pick: (report: SinkReport) => T | undefined): Promise<T> => {
    const answer = nextReport(child, pick);
    child.send(message);
    return answer;
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted: () => ask('count', (report) => ('accepted' in report ? report.accepted : undefined)),
    messages: () => ask('messages', (report) => ('messages' in report ? report.messages : undefined)),
    setMode: async (mode) => {
      await ask({ mode }, (report) => ('mode' in report && report.mode === mode ? true : undefined));
    },
    setAnswerDelay: async (ms) => {
      await ask({ answerDelayMs: ms }, (report) => ('answerDelayMs' in report ? true : undefined));
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send('close' satisfies SinkRequest);
      await exited;
    },
  };
}

function nextReport<T>(child: ChildProcess, pick: (report: SinkReport) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (report: SinkReport) => {
      const value = pick(report);
      if (value === undefined) return;
      cleanUp();
      resolve(value);
    };
    const onExit = (code: number | null) => {
      cleanUp();
      reject(new Error(`the SMTP sink process exited (code ${code})`));
    };
    const cleanUp = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}
