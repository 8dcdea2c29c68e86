/** Progress lines on stderr: stdout carries only the JSON report. */
export function progress(message: string): void {
  process.stderr.write(`[${new Date().toISOString()}] ${message}\n`);
}

const BAR_WIDTH = 30;

/**
 * A bar redrawn in place on a terminal; elsewhere (a log file) one line per tenth, so a
 * captured log stays short.
 */
export function progressBar(label: string, total: number): { tick: (detail: string) => void; done: () => void } {
  const interactive = process.stderr.isTTY === true;
  const started = performance.now();
  let count = 0;
  let lastTenth = -1;
  const draw = (detail: string) => {
    const filled = Math.round((count / total) * BAR_WIDTH);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${count}/${total} ${detail} ${seconds} s`;
    if (interactive) process.stderr.write(`\r${line}`);
    else process.stderr.write(`${line}\n`);
  };
  return {
    tick(detail) {
      count += 1;
      const tenth = Math.floor((count * 10) / total);
      if (interactive || tenth !== lastTenth) draw(detail);
      lastTenth = tenth;
    },
    done() {
      if (interactive) process.stderr.write('\n');
    },
  };
}
