import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { verifyUnsubscribeToken } from '@prep/mail';
import {
  AuditActorType,
  CandidateEntity,
  OrganizationDeletingError,
  OrganizationEntity,
  recordAuditEvent,
  TenantTransactions,
} from '@prep/persistence';
import { AppError } from '../../platform/errors/app-error';
import { EmailPreferenceErrorCode } from './email-preference-error-code';

export interface EmailPreference {
  organizationName: string;
  subscribed: boolean;
}

/**
 * The candidate's choice about reminder email, reached through the signed link every message
 * carries. Unsubscribing stops candidate mail; coach alerts about the candidate continue.
 */
@Injectable()
export class EmailPreferencesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantTransactions,
  ) {}

  read(token: string): Promise<EmailPreference> {
    return this.withCandidate(token, async (candidate, organizationName) => ({
      organizationName,
      subscribed: candidate.unsubscribedAt === null,
    }));
  }

  setSubscribed(token: string, subscribed: boolean): Promise<EmailPreference> {
    return this.withCandidate(token, async (candidate, organizationName, manager) => {
      const alreadyThere = (candidate.unsubscribedAt === null) === subscribed;
      if (!alreadyThere) {
        await manager
          .getRepository(CandidateEntity)
          .update(
            { organizationId: candidate.organizationId, id: candidate.id },
            { unsubscribedAt: subscribed ? null : new Date() },
          );
        await recordAuditEvent(manager, {
          organizationId: candidate.organizationId,
          actor: { type: AuditActorType.CANDIDATE, id: candidate.id },
          action: subscribed ? 'candidate.resubscribed' : 'candidate.unsubscribed',
          subjectType: 'candidate',
          subjectId: candidate.id,
        });
      }
      return { organizationName, subscribed };
    });
  }

  private async withCandidate<T>(
    token: string,
    work: (candidate: CandidateEntity, organizationName: string, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const subject = verifyUnsubscribeToken(this.config.mail.unsubscribeSecret, token);
    if (!subject) throw notFound();
    return this.tenants
      .run({ organizationId: subject.organizationId }, async (manager) => {
        const candidate = await manager
          .getRepository(CandidateEntity)
          .findOneBy({ organizationId: subject.organizationId, id: subject.candidateId });
        if (!candidate) throw notFound();
        const organization = await manager
          .getRepository(OrganizationEntity)
          .findOneByOrFail({ id: subject.organizationId });
        return work(candidate, organization.name, manager);
      })
      .catch((error: unknown) => {
        // A deleted organization's unsubscribe links answer like any link that is not valid.
        throw error instanceof OrganizationDeletingError ? notFound() : error;
      });
  }
}

const notFound = () => new AppError(EmailPreferenceErrorCode.LinkNotFound, 'This link is not valid');
