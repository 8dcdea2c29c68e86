import { createServer, Server } from 'node:http';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { ReminderMetrics } from './reminder-metrics';

/** The worker has no HTTP API; this small server only answers GET /metrics. */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server: Server | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: ReminderMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.workerMetricsPort === 0) return;
    const server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url !== '/metrics') {
        response.writeHead(404).end();
        return;
      }
      this.metrics.registry
        .metrics()
        .then((body) => response.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(body));
    });
    // A busy port must not stop reminders from going out: say so and carry on without metrics.
    await new Promise<void>((resolve) => {
      server.once('error', (error) => {
        this.logger.warn(`Metrics not served on port ${this.config.workerMetricsPort}: ${error.message}`);
        resolve();
      });
      server.listen(this.config.workerMetricsPort, this.config.http.host, () => {
        this.server = server;
        resolve();
      });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
