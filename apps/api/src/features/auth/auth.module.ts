import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokenService } from './access-token.service';
import { AuthGuard } from './auth.guard';
import { AuthRateLimiter } from './auth-rate-limiter';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LiveSessions } from './live-sessions.service';
import { PasswordHasher } from './password-hasher';
import { SessionCookies } from './session-cookies';
import { SessionService } from './session.service';

@Module({
  providers: [
    AccessTokenService,
    PasswordHasher,
    SessionService,
    LiveSessions,
    SessionCookies,
    AuthRateLimiter,
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AuthRateLimiter, SessionService, PasswordHasher],
})
export class AuthModule {}
