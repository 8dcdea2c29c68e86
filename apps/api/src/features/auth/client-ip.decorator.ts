import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { requestFrom } from './request-from-context';

/** The caller's address as Fastify resolved it (proxy headers only when TRUST_PROXY is on). */
export const ClientIp = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => requestFrom(context).ip,
);
