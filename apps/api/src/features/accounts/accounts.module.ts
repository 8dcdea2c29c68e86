import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { PasswordResetRequests } from './password-reset-requests';

@Module({
  imports: [AuthModule],
  providers: [AccountsService, PasswordResetRequests, AccountsResolver],
})
export class AccountsModule {}
