import { Module } from '@nestjs/common';
import { PurgeExpiredCredentialsHandler } from './purge-expired-credentials.handler';

@Module({ providers: [PurgeExpiredCredentialsHandler], exports: [PurgeExpiredCredentialsHandler] })
export class MaintenanceModule {}
