import { createParamDecorator, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { AppError } from '../../platform/errors/app-error';
import { AuthErrorCode } from './auth-error-code';
import { AuthPayload } from './dto/auth-payload.type';
import {
  asksForCookieMode,
  expiredRefreshCookie,
  isCrossOriginRequest,
  readRefreshCookie,
  refreshCookie,
} from './refresh-cookie';

/** The HTTP exchange behind a GraphQL operation (the context carries both halves). */
export interface GraphqlHttp {
  req: FastifyRequest;
  reply: FastifyReply;
}

export const CurrentHttp = createParamDecorator((_data: unknown, context: ExecutionContext): GraphqlHttp =>
  GqlExecutionContext.create(context).getContext<GraphqlHttp>(),
);

/** How one request's session travels: in the body (API clients) or in the refresh cookie (the coach app). */
export interface SessionDelivery {
  cookieMode: boolean;
  /** The refresh token the request presents: the cookie in cookie mode, else the argument. */
  presentedToken(argument: string | null | undefined): string;
  deliver(payload: AuthPayload): AuthPayload;
  clear(): void;
}

@Injectable()
export class SessionCookies {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Refuses a cookie-mode request from another origin before anything happens. */
  deliveryFor(http: GraphqlHttp): SessionDelivery {
    const cookieMode = asksForCookieMode(http.req.headers);
    if (cookieMode && isCrossOriginRequest(http.req.headers, new URL(this.config.appUrl).origin)) {
      throw new AppError(AuthErrorCode.CrossSiteRequest, 'Sessions in a cookie are only for this site’s own pages');
    }
    const secure = this.config.appUrl.startsWith('https://');
    const maxAgeSeconds = this.config.auth.refreshTokenTtlDays * 24 * 3600;
    return {
      cookieMode,
      presentedToken: (argument) => (cookieMode ? readRefreshCookie(http.req.headers.cookie) : argument) ?? '',
      deliver: (payload) => {
        if (!cookieMode) return payload;
        void http.reply.header('set-cookie', refreshCookie(payload.refreshToken ?? '', { secure, maxAgeSeconds }));
        return { ...payload, refreshToken: null };
      },
      clear: () => {
        if (cookieMode) void http.reply.header('set-cookie', expiredRefreshCookie(secure));
      },
    };
  }
}
