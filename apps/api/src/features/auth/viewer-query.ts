import { MemberRole } from '@prep/domain';
import { MemberStatus, TenantTransactions } from '@prep/persistence';
import { Viewer } from './dto/auth-payload.type';

// The member, their identity and their organization: what `me` shows, in one statement.
const VIEWER = `
  SELECT m.id, u.email, u.name, m.role, m.status, m.removed_at AS "removedAt",
         o.id AS "organizationId", o.name AS "organizationName", o.slug, o.default_time_zone AS "defaultTimeZone"
  FROM members m
  JOIN users u ON u.id = m.user_id
  JOIN organizations o ON o.id = m.organization_id
  WHERE m.organization_id = $1 AND m.id = $2`;

interface ViewerRow {
  id: string;
  email: string;
  name: string;
  role: MemberRole;
  status: MemberStatus;
  removedAt: Date | null;
  organizationId: string;
  organizationName: string;
  slug: string;
  defaultTimeZone: string;
}

/** The signed-in member and their organization, or null when the member is gone: one round trip. */
export async function loadViewer(
  tenants: TenantTransactions,
  organizationId: string,
  memberId: string,
): Promise<Viewer | null> {
  const [row] = await tenants.read<ViewerRow>({ organizationId }, VIEWER, [organizationId, memberId]);
  if (!row) return null;
  const { id, email, name, role, status, removedAt, slug, defaultTimeZone } = row;
  return {
    user: { id, email, name, role, status, removedAt },
    organization: { id: row.organizationId, name: row.organizationName, slug, defaultTimeZone },
  };
}
