import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { MemberRole, parseDisplayName, parseEmailAddress } from '@prep/domain';
import {
  createSecretToken,
  CredentialLookups,
  InvitationEntity,
  isUniqueViolation,
  MemberEntity,
  MemberStatus,
  TenantTransactions,
  UserEntity,
} from '@prep/persistence';
import { recordMemberAction } from '../audit/record-member-action';
import type { AuthContext } from '../auth/auth-context';
import { AppError } from '../../platform/errors/app-error';
import { AddMemberInput, AddMemberPayload } from './dto/add-member.input';
import { MemberType } from './dto/member.type';
import { InvitationEmails } from './invitation-emails';
import { InvitationsService } from './invitations.service';
import { MemberErrorCode } from './member-error-code';
import { findMemberViews } from './member-view';

@Injectable()
export class MembersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantTransactions,
    private readonly lookups: CredentialLookups,
    private readonly invitationEmails: InvitationEmails,
    private readonly invitations: InvitationsService,
  ) {}

  list(auth: AuthContext, includeRemoved = false): Promise<MemberType[]> {
    return this.tenants.run({ organizationId: auth.organizationId }, (manager) =>
      findMemberViews(manager, auth.organizationId, { includeRemoved }),
    );
  }

  /**
   * Creates an INVITED member and a single-use invitation; the secret is returned once. A member
   * removed from this organization is invited again on the same membership.
   */
  async add(auth: AuthContext, input: AddMemberInput): Promise<AddMemberPayload> {
    if (input.role === MemberRole.OWNER) {
      throw new AppError(MemberErrorCode.CannotInviteOwner, 'Invite members as ADMIN or COACH');
    }
    const email = parseEmailAddress(input.email);
    const name = parseDisplayName(input.name);
    const reinvited = await this.invitations.reinviteRemoved(auth, email, input.role);
    if (reinvited) return reinvited;
    if (await this.lookups.isEmailRegistered(email)) throw emailTaken();

    const { organizationId } = auth;
    const userId = randomUUID();
    const memberId = randomUUID();
    const invitation = createSecretToken('inv');
    const expiresAt = new Date(Date.now() + this.config.auth.invitationTtlDays * 24 * 3600 * 1000);
    try {
      const member = await this.tenants.run({ organizationId }, async (manager) => {
        // No RETURNING: the new identity is invisible to this organization until the membership exists.
        await manager
          .createQueryBuilder()
          .insert()
          .into(UserEntity)
          .values({ id: userId, email, name, passwordHash: null })
          .updateEntity(false)
          .execute();
        await manager
          .getRepository(MemberEntity)
          .insert({ organizationId, id: memberId, userId, role: input.role, status: MemberStatus.INVITED });
        await manager
          .getRepository(InvitationEntity)
          .insert({ organizationId, id: randomUUID(), memberId, tokenHash: invitation.hash, expiresAt });
        await recordMemberAction(manager, auth, {
          action: 'member.invited',
          subjectType: 'member',
          subjectId: memberId,
          details: { role: input.role },
        });
        const [view] = await findMemberViews(manager, organizationId, { ids: [memberId] });
        return view;
      });
      this.invitationEmails.enqueue(organizationId, memberId, auth.memberId, 1);
      return { member, invitationToken: invitation.token };
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw emailTaken();
      throw error;
    }
  }
}

const emailTaken = () =>
  new AppError(MemberErrorCode.EmailAlreadyRegistered, 'An account with this email already exists');
