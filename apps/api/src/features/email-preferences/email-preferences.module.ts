import { Module } from '@nestjs/common';
import { EmailPreferencesController } from './email-preferences.controller';
import { EmailPreferencesResolver } from './email-preferences.resolver';
import { EmailPreferencesService } from './email-preferences.service';

@Module({ controllers: [EmailPreferencesController], providers: [EmailPreferencesService, EmailPreferencesResolver] })
export class EmailPreferencesModule {}
