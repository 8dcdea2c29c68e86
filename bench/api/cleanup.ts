import { progress } from './progress';

type Step = () => Promise<void> | void;

/**
 * What the run must undo (child processes, the database, temporary files), undone once, last
 * registered first: at the end of a run, on failure, or on Ctrl-C.
 */
export class Cleanup {
  private readonly steps: Array<{ name: string; step: Step }> = [];
  private running: Promise<void> | null = null;

  add(name: string, step: Step): void {
    this.steps.push({ name, step });
  }

  run(): Promise<void> {
    this.running ??= this.runSteps();
    return this.running;
  }

  /** Ctrl-C or a kill: undo, then exit with the conventional 128 + signal code. */
  onSignals(): void {
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      process.once(signal, () => {
        progress(`${signal}: cleaning up`);
        void this.run().finally(() => process.exit(code));
      });
    }
  }

  private async runSteps(): Promise<void> {
    for (const { name, step } of this.steps.reverse()) {
      try {
        await step();
      } catch (error) {
        progress(`cleanup of ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
