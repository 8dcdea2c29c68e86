import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { describeError, ErrorNotice } from '../ui/error-notice';

export const ResendPlanEmailDocument = graphql(`
  mutation ResendAssignmentEmail($id: ID!) {
    resendAssignmentEmail(id: $id) {
      ...AssignmentDetailFields
    }
  }
`);

/** "Email it now": the plan email goes out at once, with a fresh link; the API limits how often. */
export function EmailPlanNow({ assignmentId, candidateEmail }: { assignmentId: string; candidateEmail: string }) {
  const [queued, setQueued] = useState(false);
  const [resend, { loading, error }] = useMutation(ResendPlanEmailDocument, { variables: { id: assignmentId } });
  const limited = error !== undefined && describeError(error).code === 'RATE_LIMITED';
  return (
    <div className="plan-email">
      <button
        type="button"
        className="secondary"
        disabled={loading}
        onClick={async () => {
          setQueued(false);
          const result = await resend().catch(() => null);
          setQueued(Boolean(result?.data));
        }}
      >
        {loading ? 'Emailing…' : 'Email it now'}
      </button>
      {error && (
        <ErrorNotice
          error={error}
          title={limited ? 'Too many plan emails: at most 3 an hour. Try again later.' : 'Could not email the plan'}
        />
      )}
      <p role="status">{queued ? `The plan email is on its way to ${candidateEmail}.` : ''}</p>
    </div>
  );
}
