import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { MemberRole } from '@prep/domain';
import { AppError } from '../../platform/errors/app-error';
import { AccessTokenService } from './access-token.service';
import type { AuthContext } from './auth-context';
import { AuthErrorCode } from './auth-error-code';
import { LiveSessions } from './live-sessions.service';
import { IS_PUBLIC } from './public.decorator';
import { requestFrom } from './request-from-context';
import { REQUIRED_ROLES } from './roles.decorator';

/**
 * Global and deny-by-default: every handler needs a valid access token unless marked @Public().
 * The only producer of the request's AuthContext, so the organization always comes from the token.
 * A valid signature is not enough: the token's session must still be live and its member active,
 * and the role enforced is the member's current one (LiveSessions).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokenService,
    private readonly liveSessions: LiveSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = requestFrom(context);
    // Every root field of an operation runs this guard; the first answer stands for the request.
    const auth = request.auth ?? (await this.authenticate(request.headers.authorization));
    if (!auth) throw new AppError(AuthErrorCode.NotAuthenticated, 'Authentication required');
    request.auth = auth;

    const roles = this.reflector.getAllAndOverride<MemberRole[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(auth.role)) {
      throw new AppError(AuthErrorCode.RoleNotAllowed, 'Your role does not allow this action');
    }
    return true;
  }

  private async authenticate(header: string | undefined): Promise<AuthContext | null> {
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header ?? '');
    const claims = match ? await this.accessTokens.verify(match[1]) : null;
    return claims && this.liveSessions.confirm(claims);
  }
}
