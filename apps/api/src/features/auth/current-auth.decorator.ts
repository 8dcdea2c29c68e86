import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AppError } from '../../platform/errors/app-error';
import { AuthErrorCode } from './auth-error-code';
import { requestFrom } from './request-from-context';

/** The authenticated caller. Throws rather than return nothing: context never fails open. */
export const CurrentAuth = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const auth = requestFrom(context).auth;
  if (!auth) throw new AppError(AuthErrorCode.NotAuthenticated, 'Authentication required');
  return auth;
});
