import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { SendMemberInvitationHandler } from './send-member-invitation.handler';

@Module({ imports: [MailModule], providers: [SendMemberInvitationHandler], exports: [SendMemberInvitationHandler] })
export class InvitationsModule {}
