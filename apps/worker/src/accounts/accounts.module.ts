import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { SendPasswordResetHandler } from './send-password-reset.handler';

@Module({ imports: [MailModule], providers: [SendPasswordResetHandler], exports: [SendPasswordResetHandler] })
export class AccountsModule {}
