import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { ErrorNotice } from '../ui/error-notice';
import { AuthPage, useSignedIn } from './auth-page';

const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...SessionGrantFields
    }
  }
`);

export default function AcceptInvitation() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const signedIn = useSignedIn();
  const [password, setPassword] = useState('');
  const [accept, { loading, error }] = useMutation(AcceptInvitationDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await accept({ variables: { input: { token, password } } }).catch(() => null);
    if (result?.data) signedIn(result.data.acceptInvitation);
  };

  if (!token) {
    return (
      <AuthPage title="Join your team">
        <p className="notice notice-error" role="alert">
          This link has no invitation in it. Open the link from your invitation email again.
        </p>
      </AuthPage>
    );
  }
  return (
    <AuthPage title="Join your team">
      {error && <ErrorNotice error={error} title="Could not accept the invitation" />}
      <form onSubmit={submit} className="form">
        <label>
          Choose a password
          <input
            type="password"
            required
            minLength={10}
            maxLength={200}
            autoComplete="new-password"
            aria-describedby="password-rule"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <p id="password-rule" className="hint">
          10 to 200 characters.
        </p>
        <button type="submit" disabled={loading}>
          {loading ? 'Joining…' : 'Join'}
        </button>
      </form>
    </AuthPage>
  );
}
