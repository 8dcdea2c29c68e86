import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one API process: HTTP traffic and the process itself, served at /metrics. */
export function registerApiMetrics(fastify: FastifyInstance): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method and status class',
    labelNames: ['method', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    if (request.url !== '/metrics') {
      requests.inc({ method: request.method, status: `${Math.floor(reply.statusCode / 100)}xx` });
      duration.observe({ method: request.method }, reply.elapsedTime / 1000);
    }
    done();
  });
  fastify.get('/metrics', async (_request, reply) => {
    await reply.header('content-type', registry.contentType).send(await registry.metrics());
  });
  return registry;
}
