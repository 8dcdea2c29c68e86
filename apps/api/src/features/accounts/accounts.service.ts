import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { checkPasswordPolicy, parseDisplayName } from '@prep/domain';
import {
  AuditActorType,
  CredentialLookups,
  hashSecretToken,
  MemberEntity,
  MemberStatus,
  PasswordResetTokenEntity,
  recordAuditEvent,
  TenantTransactions,
  UserEntity,
} from '@prep/persistence';
import type { AuthContext } from '../auth/auth-context';
import { AuthErrorCode } from '../auth/auth-error-code';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionService } from '../auth/session.service';
import { recordMemberAction } from '../audit/record-member-action';
import { AppError } from '../../platform/errors/app-error';
import { MemberType } from '../members/dto/member.type';
import { memberView } from '../members/member-view';
import { AccountErrorCode } from './account-error-code';
import { ChangePasswordInput, ResetPasswordInput } from './dto/account.inputs';

/** A member's own account: password reset and change, and their name. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly tenants: TenantTransactions,
    private readonly lookups: CredentialLookups,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
  ) {}

  /** Single use: sets the password, spends every open reset of the member and ends all their sessions. */
  async resetPassword(input: ResetPasswordInput): Promise<void> {
    const password = checkPasswordPolicy(input.newPassword, 'newPassword');
    const tokenHash = hashSecretToken(input.token);
    const organizationId = await this.lookups.organizationForPasswordReset(tokenHash);
    if (!organizationId) throw invalidResetToken();
    const passwordHash = await this.passwords.hash(password);
    await this.tenants.run({ organizationId }, async (manager) => {
      const reset = await manager
        .getRepository(PasswordResetTokenEntity)
        .findOne({ where: { organizationId, tokenHash, usedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!reset || reset.expiresAt.getTime() <= Date.now()) throw invalidResetToken();
      const member = await manager.getRepository(MemberEntity).findOneBy({ organizationId, id: reset.memberId });
      if (member?.status !== MemberStatus.ACTIVE) throw invalidResetToken();
      await manager.getRepository(UserEntity).update({ id: member.userId }, { passwordHash });
      await manager
        .getRepository(PasswordResetTokenEntity)
        .update({ organizationId, memberId: member.id, usedAt: IsNull() }, { usedAt: new Date() });
      const sessionsEnded = await this.sessions.revokeAllForMember(manager, organizationId, member.id);
      await recordAuditEvent(manager, {
        organizationId,
        actor: { type: AuditActorType.MEMBER, id: member.id },
        action: 'account.password-reset',
        subjectType: 'member',
        subjectId: member.id,
        details: { sessionsEnded },
      });
    });
  }

  /** Needs the current password; every other session of the member ends, this one stays. */
  async changePassword(auth: AuthContext, input: ChangePasswordInput): Promise<void> {
    const password = checkPasswordPolicy(input.newPassword, 'newPassword');
    const current = await this.tenants.run({ organizationId: auth.organizationId }, (manager) =>
      activeUser(manager, auth),
    );
    if (!(await this.passwords.verify(current.passwordHash, input.currentPassword))) {
      throw new AppError(AccountErrorCode.WrongPassword, 'The current password is not correct', {
        field: 'currentPassword',
      });
    }
    const passwordHash = await this.passwords.hash(password);
    await this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      await manager.getRepository(UserEntity).update({ id: current.id }, { passwordHash });
      const sessionsEnded = await this.sessions.revokeAllForMember(
        manager,
        auth.organizationId,
        auth.memberId,
        auth.sessionId,
      );
      await recordMemberAction(manager, auth, {
        action: 'account.password-changed',
        subjectType: 'member',
        subjectId: auth.memberId,
        details: { sessionsEnded },
      });
    });
  }

  updateMyProfile(auth: AuthContext, nameInput: string): Promise<MemberType> {
    const name = parseDisplayName(nameInput, 'name');
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      const user = await activeUser(manager, auth);
      if (user.name !== name) {
        await manager.getRepository(UserEntity).update({ id: user.id }, { name });
        await recordMemberAction(manager, auth, {
          action: 'member.profile-updated',
          subjectType: 'member',
          subjectId: auth.memberId,
          details: { fields: ['name'] },
        });
      }
      const member = await manager
        .getRepository(MemberEntity)
        .findOneByOrFail({ organizationId: auth.organizationId, id: auth.memberId });
      return memberView(manager, member);
    });
  }
}

async function activeUser(manager: EntityManager, auth: AuthContext): Promise<UserEntity> {
  const member = await manager
    .getRepository(MemberEntity)
    .findOne({ where: { organizationId: auth.organizationId, id: auth.memberId }, relations: { user: true } });
  if (member?.status !== MemberStatus.ACTIVE || !member.user) {
    throw new AppError(AuthErrorCode.NotAuthenticated, 'Authentication required');
  }
  return member.user;
}

const invalidResetToken = () =>
  new AppError(AccountErrorCode.InvalidResetToken, 'This password reset link is invalid, used or expired');
