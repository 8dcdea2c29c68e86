import 'reflect-metadata';
import { describeUnreachableService, loadConfigOrExit } from '@prep/config';
import { createApiApp } from './create-api-app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  try {
    const app = await createApiApp(config);
    await app.listen({ host: config.http.host, port: config.http.port });
    forceExitIfShutdownHangs(config.http.shutdownTimeoutMs);
  } catch (error) {
    const reason = describeUnreachableService(error, config);
    process.stderr.write(`API failed to start: ${reason ?? (error instanceof Error ? error.stack : String(error))}\n`);
    process.exit(1);
  }
}

/** Nest drains requests on SIGTERM; if that takes too long, leave anyway. */
function forceExitIfShutdownHangs(timeoutMs: number): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), timeoutMs).unref());
  }
}

void bootstrap();
