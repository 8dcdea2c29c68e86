import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { MemberRole } from '@prep/domain';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { AuditEventsService } from './audit-events.service';
import { AuditEventConnection } from './dto/audit-event.type';
import { AuditEventsFilter } from './dto/audit-events.filter';

@Resolver()
export class AuditEventsResolver {
  constructor(private readonly auditLog: AuditEventsService) {}

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Query(() => AuditEventConnection, {
    description: 'The organization’s audit log, newest first. OWNER and ADMIN only.',
  })
  auditEvents(
    @CurrentAuth() auth: AuthContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Args('filter', { type: () => AuditEventsFilter, nullable: true }) filter: AuditEventsFilter | undefined,
  ): Promise<AuditEventConnection> {
    return this.auditLog.list(auth, first, after ?? undefined, filter ?? {});
  }
}
