import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { ErrorNotice } from '../ui/error-notice';
import { AuthPage } from './auth-page';

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export default function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [request, { loading, error }] = useMutation(RequestPasswordResetDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await request({ variables: { email } }).catch(() => null);
    setSent(Boolean(result?.data));
  };

  return (
    <AuthPage title="Forgot your password?">
      {error && <ErrorNotice error={error} title="Could not send the link" />}
      {sent ? (
        // The API answers the same for unknown addresses, so the screen does too.
        <p role="status">If {email} belongs to a member, a link to choose a new password is on its way.</p>
      ) : (
        <form onSubmit={submit} className="form">
          <label>
            Email
            <input
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </label>
          <button type="submit" disabled={loading}>
            {loading ? 'Sending…' : 'Email me a link'}
          </button>
        </form>
      )}
      <p>
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </AuthPage>
  );
}
