import { ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { SinkReport, SinkRequest } from './smtp-sink-process';

/**
 * An SMTP server on 127.0.0.1 that accepts every message, keeps none and counts them. It runs in
 * a child process: a real mail server is never inside the worker, and in process it would take
 * CPU from whichever side is being measured (the raw nodemailer pool or the worker), in
 * proportion to the messages it receives. Both sides send to the same sink.
 */
export interface CountingSmtpSink {
  url: string;
  accepted: () => Promise<number>;
  close: () => Promise<void>;
}

export async function startCountingSmtpSink(): Promise<CountingSmtpSink> {
  const child = fork(join(__dirname, 'smtp-sink-process.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await nextReport(child, (report) => ('listening' in report ? report.listening : undefined));
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted: async () => {
      const count = nextReport(child, (report) => ('accepted' in report ? report.accepted : undefined));
      request(child, 'count');
      return count;
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      request(child, 'close');
      await exited;
    },
  };
}

function request(child: ChildProcess, message: SinkRequest): void {
  child.send(message);
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
