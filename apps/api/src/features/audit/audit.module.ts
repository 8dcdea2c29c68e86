import { Module } from '@nestjs/common';
import { AuditEventsResolver } from './audit-events.resolver';
import { AuditEventsService } from './audit-events.service';

@Module({ providers: [AuditEventsService, AuditEventsResolver] })
export class AuditModule {}
