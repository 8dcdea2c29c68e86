import { AppConfig } from './app-config';
import { loadConfigOrExit } from './load-config-or-exit';
import { describeUnreachableService } from './startup-diagnostics';

/**
 * Runs an app's start function with validated config. A start failure ends the process with
 * one clear line (naming an unreachable service when that is the cause); a shutdown that
 * hangs longer than SHUTDOWN_TIMEOUT_MS is cut short.
 */
export function runEntryPoint(appName: string, start: (config: AppConfig) => Promise<unknown>): void {
  const config = loadConfigOrExit();
  start(config).then(
    () => forceExitIfShutdownHangs(config.http.shutdownTimeoutMs),
    (error: unknown) => {
      const reason = describeUnreachableService(error, config);
      process.stderr.write(
        `${appName} failed to start: ${reason ?? (error instanceof Error ? error.stack : String(error))}\n`,
      );
      process.exit(1);
    },
  );
}

function forceExitIfShutdownHangs(timeoutMs: number): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), timeoutMs).unref());
  }
}
