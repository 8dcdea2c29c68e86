import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { ErrorNotice } from '../ui/error-notice';
import { AuthPage } from './auth-page';

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** Where the reset email's link lands (`/app/reset-password?token=…`). */
export default function ResetPassword() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [reset, { loading, error }] = useMutation(ResetPasswordDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await reset({ variables: { input: { token, newPassword: password } } }).catch(() => null);
    setDone(Boolean(result?.data?.resetPassword));
  };

  if (!token) {
    return (
      <AuthPage title="Choose a new password">
        <p className="notice notice-error" role="alert">
          This link has no reset token in it. Open the link from the email again, or{' '}
          <Link to="/forgot-password">ask for a new one</Link>.
        </p>
      </AuthPage>
    );
  }
  if (done) {
    return (
      <AuthPage title="Your password is changed">
        <p role="status">Every session of your account has ended; sign in with the new password.</p>
        <p>
          <Link to="/sign-in">Sign in</Link>
        </p>
      </AuthPage>
    );
  }
  return (
    <AuthPage title="Choose a new password">
      {error && <ErrorNotice error={error} title="Could not set the password" />}
      <form onSubmit={submit} className="form">
        <label>
          New password
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
          {loading ? 'Saving…' : 'Set the new password'}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">Ask for a new link</Link>
      </p>
    </AuthPage>
  );
}
