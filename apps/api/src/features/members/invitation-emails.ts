import { Injectable, Logger } from '@nestjs/common';
import { memberInvitationJobId } from '@prep/jobs';
import { JobQueue } from '../../platform/jobs/job-queue';

/** Queues the invitation email after the commit; one job per member and invitation version. */
@Injectable()
export class InvitationEmails {
  private readonly logger = new Logger(InvitationEmails.name);

  constructor(private readonly jobs: JobQueue) {}

  /** The email carries a link of its own; the secret shown to the inviter stays valid too. */
  enqueue(organizationId: string, memberId: string, inviterMemberId: string, invitationVersion: number): void {
    this.jobs
      .enqueue(
        'send-member-invitation',
        { organizationId, memberId, inviterMemberId, invitationVersion },
        memberInvitationJobId(memberId, invitationVersion),
      )
      .catch((error: unknown) =>
        this.logger.warn(`Invitation email not queued: ${error instanceof Error ? error.message : String(error)}`),
      );
  }
}
