import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { MemberRole } from '@prep/domain';
import { AppError } from '../../platform/errors/app-error';
import { AccessTokenService } from './access-token.service';
import { AuthErrorCode } from './auth-error-code';
import { IS_PUBLIC } from './public.decorator';
import { requestFrom } from './request-from-context';
import { REQUIRED_ROLES } from './roles.decorator';

/**
 * Global and deny-by-default: every handler needs a valid access token unless marked @Public().
 * The only producer of the request's AuthContext, so the organization always comes from the token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = requestFrom(context);
    const auth = await this.authenticate(request.headers.authorization);
    if (!auth) throw new AppError(AuthErrorCode.NotAuthenticated, 'Authentication required');
    request.auth = auth;

    const roles = this.reflector.getAllAndOverride<MemberRole[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(auth.role)) {
      throw new AppError(AuthErrorCode.RoleNotAllowed, 'Your role does not allow this action');
    }
    return true;
  }

  private async authenticate(header: string | undefined) {
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header ?? '');
    return match ? this.accessTokens.verify(match[1]) : null;
  }
}
