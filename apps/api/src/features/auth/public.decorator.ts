import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'auth:isPublic';

/** Opts a handler out of the deny-by-default AuthGuard. Use only where no caller identity exists yet. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
