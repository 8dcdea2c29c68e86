import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestWithAuth } from './request-with-auth';

/** The HTTP request behind a GraphQL resolver or a plain route. */
export function requestFrom(context: ExecutionContext): RequestWithAuth {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithAuth }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithAuth>();
}
