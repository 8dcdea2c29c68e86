import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useSession } from '../session/app-session';
import { ErrorNotice } from '../ui/error-notice';
import { AuthPage, useSignedIn } from './auth-page';

const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionGrantFields
    }
  }
`);

export function SignIn() {
  const session = useSession();
  const [params] = useSearchParams();
  const signedIn = useSignedIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LoginDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login({ variables: { input: { email, password } } }).catch(() => null);
    if (result?.data) signedIn(result.data.login);
  };

  return (
    <AuthPage title="Sign in">
      {session.status === 'signed-out' && session.reason && <p className="notice">{session.reason}</p>}
      {error && <ErrorNotice error={error} title="Could not sign in" />}
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
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link to={`/sign-up${params.size ? `?${params}` : ''}`}>Create an organization</Link>
      </p>
    </AuthPage>
  );
}
