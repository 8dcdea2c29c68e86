import { EntityManager } from 'typeorm';
import { InvitationEntity, MemberEntity, MemberStatus } from '@prep/persistence';

/** Ends the membership: no invitation stays redeemable and a queued invitation email finds nothing to send. */
export async function markRemoved(manager: EntityManager, target: MemberEntity): Promise<void> {
  const { organizationId, id } = target;
  await manager.getRepository(InvitationEntity).delete({ organizationId, memberId: id });
  await manager
    .createQueryBuilder()
    .update(MemberEntity)
    .set({ status: MemberStatus.REMOVED, removedAt: () => 'now()', invitationVersion: () => 'invitation_version + 1' })
    .where('organization_id = :organizationId AND id = :id', { organizationId, id })
    .execute();
}
