import { SetMetadata } from '@nestjs/common';
import { MemberRole } from '@prep/domain';

export const REQUIRED_ROLES = 'auth:requiredRoles';

/** Restricts a handler to members holding one of these roles (checked by AuthGuard). */
export const RequireRole = (...roles: MemberRole[]) => SetMetadata(REQUIRED_ROLES, roles);
