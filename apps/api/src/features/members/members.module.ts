import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InvitationEmails } from './invitation-emails';
import { InvitationsService } from './invitations.service';
import { MemberChangesResolver } from './member-changes.resolver';
import { MemberChangesService } from './member-changes.service';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({
  imports: [AuthModule],
  providers: [
    InvitationEmails,
    MembersService,
    MembersResolver,
    MemberChangesService,
    InvitationsService,
    MemberChangesResolver,
  ],
})
export class MembersModule {}
