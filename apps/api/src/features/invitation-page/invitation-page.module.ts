import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InvitationPageController } from './invitation-page.controller';

@Module({ imports: [AuthModule], controllers: [InvitationPageController] })
export class InvitationPageModule {}
