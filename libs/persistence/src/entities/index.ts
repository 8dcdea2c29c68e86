import { CandidateEntity } from './candidate.entity';
import { InvitationEntity } from './invitation.entity';
import { MemberEntity } from './member.entity';
import { OrganizationEntity } from './organization.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export { CandidateEntity, InvitationEntity, MemberEntity, OrganizationEntity, RefreshTokenEntity, UserEntity };
export { MemberStatus } from './member.entity';

export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  MemberEntity,
  RefreshTokenEntity,
  InvitationEntity,
  CandidateEntity,
];
