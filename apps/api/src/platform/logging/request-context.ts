import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';

export interface RequestContext {
  requestId: string;
}

/** The current request, for every log line written while serving it. */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestFields(): Record<string, unknown> {
  const context = requestContext.getStore();
  return context ? { requestId: context.requestId } : {};
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Honours a caller's well-formed X-Request-Id (tracing across services); anything else gets a new one. */
export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
