import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokenService } from './access-token.service';
import { AuthGuard } from './auth.guard';
import { AuthRateLimiter } from './auth-rate-limiter.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher.service';
import { SessionCookies } from './session-cookies';
import { SessionService } from './session.service';

@Module({
  providers: [
    AccessTokenService,
    PasswordHasher,
    SessionService,
    SessionCookies,
    AuthRateLimiter,
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AuthRateLimiter],
})
export class AuthModule {}
