import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  checkPasswordPolicy,
  DomainValidationError,
  MAX_PASSWORD_LENGTH,
  MemberRole,
  parseDisplayName,
  parseEmailAddress,
  slugify,
} from '@prep/domain';
import {
  AuditActorType,
  CredentialLookups,
  hashSecretToken,
  InvitationEntity,
  isUniqueViolation,
  MemberEntity,
  MemberStatus,
  OrganizationDeletingError,
  OrganizationEntity,
  recordAuditEvent,
  TenantTransactions,
  UserEntity,
} from '@prep/persistence';
import { purgeExpiredCredentialsJobId } from '@prep/jobs';
import { AppError } from '../../platform/errors/app-error';
import { JobQueue } from '../../platform/jobs/job-queue';
import { toMemberType } from '../members/member-view';
import type { AuthContext } from './auth-context';
import { AuthErrorCode } from './auth-error-code';
import { AcceptInvitationInput, LoginInput, SignUpInput } from './dto/auth.inputs';
import { AuthPayload, Viewer } from './dto/auth-payload.type';
import { LiveSessions } from './live-sessions.service';
import { PasswordHasher } from './password-hasher';
import { SessionMember, SessionService } from './session.service';
import { loadViewer } from './viewer-query';

const INVALID_CREDENTIALS = 'Invalid email or password';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly tenants: TenantTransactions,
    private readonly lookups: CredentialLookups,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly liveSessions: LiveSessions,
  ) {}

  /** Creates an organization with its first member, the OWNER, and signs them in. */
  async signUp(input: SignUpInput): Promise<AuthPayload> {
    const organizationName = parseDisplayName(input.organizationName, 'organizationName');
    const name = parseDisplayName(input.name, 'name');
    const email = parseEmailAddress(input.email);
    const password = checkPasswordPolicy(input.password);
    if (await this.lookups.isEmailRegistered(email)) throw emailTaken();

    const passwordHash = await this.passwords.hash(password);
    const organizationId = randomUUID();
    const userId = randomUUID();
    const memberId = randomUUID();
    try {
      return await this.tenants.run({ organizationId, userId, creatingOrganization: true }, async (manager) => {
        await manager.getRepository(OrganizationEntity).insert({
          id: organizationId,
          name: organizationName,
          slug: `${slugify(organizationName)}-${randomBytes(3).toString('hex')}`,
          defaultTimeZone: 'UTC',
        });
        await manager.getRepository(UserEntity).insert({ id: userId, email, name, passwordHash });
        await manager
          .getRepository(MemberEntity)
          .insert({ organizationId, id: memberId, userId, role: MemberRole.OWNER, status: MemberStatus.ACTIVE });
        await recordSignInEvent(
          manager,
          organizationId,
          memberId,
          'organization.created',
          'organization',
          organizationId,
        );
        return this.startSession(manager, organizationId, memberId);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw emailTaken();
      throw error;
    }
  }

  /** An unknown email, an unfinished invitation and a wrong password all get the same answer. */
  async login(input: LoginInput): Promise<AuthPayload> {
    // Hashing time grows with the input: a password no account can have is refused before it.
    if (input.password.length > MAX_PASSWORD_LENGTH) {
      throw new DomainValidationError('password', `must be at most ${MAX_PASSWORD_LENGTH} characters`);
    }
    const email = normalizedEmailOrNull(input.email);
    const organizationId = email ? await this.lookups.organizationForEmail(email) : null;
    const candidate = organizationId ? await this.findLoginMember(organizationId, email!) : null;
    const passwordMatches = await this.passwords.verify(candidate?.user?.passwordHash, input.password);
    if (!candidate || !passwordMatches || candidate.status !== MemberStatus.ACTIVE) {
      // Not awaited: a known email must take as long to refuse as an unknown one.
      if (candidate) this.auditFailedSignIn(candidate, passwordMatches ? 'not-active' : 'wrong-password');
      throw new AppError(AuthErrorCode.InvalidCredentials, INVALID_CREDENTIALS);
    }
    const payload = await this.tenants.run({ organizationId: candidate.organizationId }, async (manager) => {
      const session = await this.startSession(manager, candidate.organizationId, candidate.id);
      await recordSignInEvent(
        manager,
        candidate.organizationId,
        candidate.id,
        'member.signed_in',
        'member',
        candidate.id,
      );
      return session;
    });
    this.schedulePurge(candidate.organizationId);
    return payload;
  }

  /** A deleted organization's members are refused like an unknown email. */
  private async findLoginMember(organizationId: string, email: string): Promise<MemberEntity | null> {
    try {
      return await this.tenants.run({ organizationId }, (manager) => findLoginMember(manager, organizationId, email));
    } catch (error) {
      if (error instanceof OrganizationDeletingError) return null;
      throw error;
    }
  }

  /**
   * Failed sign-ins are audited only for an email that is a member: an unknown email has no
   * organization to hold the row. Nobody is signed in, so the actor is the system; the subject
   * is the member whose email was tried. The attempted password is never stored.
   */
  private auditFailedSignIn(member: MemberEntity, reason: 'wrong-password' | 'not-active'): void {
    this.tenants
      .run({ organizationId: member.organizationId }, (manager) =>
        recordAuditEvent(manager, {
          organizationId: member.organizationId,
          actor: { type: AuditActorType.SYSTEM, id: null },
          action: 'member.sign_in_failed',
          subjectType: 'member',
          subjectId: member.id,
          details: { reason },
        }),
      )
      .catch((error: unknown) => {
        this.logger.warn(`Could not audit a failed sign-in: ${error instanceof Error ? error.message : String(error)}`);
      });
  }

  /** Housekeeping rides on sign-ins: at most one purge per organization a day. Losing one is harmless. */
  private schedulePurge(organizationId: string): void {
    const jobId = purgeExpiredCredentialsJobId(organizationId, new Date());
    this.jobs.enqueue('purge-expired-credentials', { organizationId }, jobId).catch((error: unknown) => {
      this.logger.warn(`Could not enqueue credential purge: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  async refreshSession(refreshToken: string): Promise<AuthPayload> {
    const tokenHash = hashSecretToken(refreshToken);
    const organizationId = await this.lookups.organizationForRefreshToken(tokenHash);
    if (!organizationId) throw invalidRefreshToken();
    const result = await this.tenants.run({ organizationId }, async (manager) => {
      const rotation = await this.sessions.rotate(manager, organizationId, tokenHash, (memberId) =>
        loadSessionMember(manager, organizationId, memberId),
      );
      return rotation.outcome === 'rotated'
        ? { rotation, payload: await this.payloadFor(manager, rotation.member, rotation.tokens) }
        : { rotation };
    });
    if (result.rotation.outcome === 'reused') {
      throw new AppError(
        AuthErrorCode.RefreshTokenReused,
        'This refresh token was already used; the session has been revoked',
      );
    }
    if (!result.payload) throw invalidRefreshToken();
    return result.payload;
  }

  async logout(auth: AuthContext): Promise<boolean> {
    await this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      await this.sessions.revokeFamily(manager, auth.organizationId, auth.sessionId);
      await recordSignInEvent(
        manager,
        auth.organizationId,
        auth.memberId,
        'member.signed_out',
        'member',
        auth.memberId,
      );
    });
    this.liveSessions.forget(auth.organizationId, auth.sessionId);
    return true;
  }

  /** Sets the invited member's password, activates them and signs them in. Single use. */
  async acceptInvitation(input: AcceptInvitationInput): Promise<AuthPayload> {
    const password = checkPasswordPolicy(input.password);
    const tokenHash = hashSecretToken(input.token);
    const organizationId = await this.lookups.organizationForInvitation(tokenHash);
    if (!organizationId) throw invalidInvitation();
    const passwordHash = await this.passwords.hash(password);
    return this.tenants.run({ organizationId }, async (manager) => {
      const invitation = await manager
        .getRepository(InvitationEntity)
        .findOne({ where: { organizationId, tokenHash }, lock: { mode: 'pessimistic_write' } });
      if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() <= Date.now())
        throw invalidInvitation();
      const member = await manager
        .getRepository(MemberEntity)
        .findOneByOrFail({ organizationId, id: invitation.memberId });
      // Joined already (with the other secret) or removed: the invitation is spent.
      if (member.status !== MemberStatus.INVITED) throw invalidInvitation();
      await manager.getRepository(UserEntity).update({ id: member.userId }, { passwordHash });
      await manager
        .getRepository(MemberEntity)
        .update({ organizationId, id: member.id }, { status: MemberStatus.ACTIVE });
      await manager
        .getRepository(InvitationEntity)
        .update({ organizationId, id: invitation.id }, { acceptedAt: new Date() });
      await recordSignInEvent(manager, organizationId, member.id, 'member.joined', 'member', member.id);
      return this.startSession(manager, organizationId, member.id);
    });
  }

  async viewer(auth: AuthContext): Promise<Viewer> {
    const viewer = await loadViewer(this.tenants, auth.organizationId, auth.memberId);
    if (!viewer) throw new AppError(AuthErrorCode.NotAuthenticated, 'Authentication required');
    return viewer;
  }

  private async startSession(manager: EntityManager, organizationId: string, memberId: string): Promise<AuthPayload> {
    const member = await loadSessionMember(manager, organizationId, memberId);
    if (!member) throw new Error(`member ${memberId} vanished while starting a session`);
    return this.payloadFor(manager, member, await this.sessions.start(manager, member));
  }

  private async payloadFor(
    manager: EntityManager,
    session: SessionMember,
    tokens: { accessToken: string; refreshToken: string },
  ): Promise<AuthPayload> {
    const member = await findMemberWithUser(manager, session.organizationId, session.memberId);
    const organization = await manager
      .getRepository(OrganizationEntity)
      .findOneByOrFail({ id: session.organizationId });
    return { ...tokens, user: toMemberType(member!), organization };
  }
}

/** Audits what a member did while signing in (no AuthContext exists yet). */
function recordSignInEvent(
  manager: EntityManager,
  organizationId: string,
  memberId: string,
  action: string,
  subjectType: string,
  subjectId: string,
): Promise<void> {
  return recordAuditEvent(manager, {
    organizationId,
    actor: { type: AuditActorType.MEMBER, id: memberId },
    action,
    subjectType,
    subjectId,
  });
}

function normalizedEmailOrNull(input: string): string | null {
  try {
    return parseEmailAddress(input);
  } catch (error) {
    if (error instanceof DomainValidationError) return null;
    throw error;
  }
}

function findMemberWithUser(
  manager: EntityManager,
  organizationId: string,
  memberId: string,
): Promise<MemberEntity | null> {
  return manager
    .getRepository(MemberEntity)
    .findOne({ where: { organizationId, id: memberId }, relations: { user: true } });
}

function findLoginMember(manager: EntityManager, organizationId: string, email: string): Promise<MemberEntity | null> {
  return manager
    .getRepository(MemberEntity)
    .findOne({ where: { organizationId, user: { email } }, relations: { user: true } });
}

async function loadSessionMember(
  manager: EntityManager,
  organizationId: string,
  memberId: string,
): Promise<SessionMember | null> {
  const member = await manager
    .getRepository(MemberEntity)
    .findOneBy({ organizationId, id: memberId, status: MemberStatus.ACTIVE });
  return (
    member && { organizationId: member.organizationId, memberId: member.id, userId: member.userId, role: member.role }
  );
}

const emailTaken = () =>
  new AppError(AuthErrorCode.EmailAlreadyRegistered, 'An account with this email already exists');
const invalidRefreshToken = () =>
  new AppError(AuthErrorCode.InvalidRefreshToken, 'The session has expired; sign in again');
const invalidInvitation = () =>
  new AppError(AuthErrorCode.InvalidInvitation, 'This invitation is invalid or has expired');
