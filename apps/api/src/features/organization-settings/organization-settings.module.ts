import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module';
import { OrganizationSettingsResolver } from './organization-settings.resolver';
import { OrganizationSettingsService } from './organization-settings.service';

@Module({ imports: [RemindersModule], providers: [OrganizationSettingsService, OrganizationSettingsResolver] })
export class OrganizationSettingsModule {}
