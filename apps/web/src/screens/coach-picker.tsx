import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useSession } from '../session/app-session';

const CoachesDocument = graphql(`
  query Coaches {
    members {
      id
      name
      status
    }
  }
`);

/** OWNER and ADMIN see everyone or one coach; a COACH sees only their own, so no picker. */
export function CoachPicker({
  value,
  onChange,
  everyone = true,
  label = 'Coach',
}: {
  value: string;
  onChange: (coachId: string) => void;
  /** Offer "Everyone" (a filter); without it one coach must be chosen (a reassignment). */
  everyone?: boolean;
  label?: string;
}) {
  const session = useSession();
  const seesEveryone = session.status === 'signed-in' && session.user.role !== 'COACH';
  const { data } = useQuery(CoachesDocument, { skip: !seesEveryone });
  if (!seesEveryone) return null;
  return (
    <label className="inline-field">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {everyone && <option value="">Everyone</option>}
        {data?.members
          .filter((member) => member.status === 'ACTIVE')
          .map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
      </select>
    </label>
  );
}
