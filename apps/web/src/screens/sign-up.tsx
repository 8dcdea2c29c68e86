import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { ErrorNotice } from '../ui/error-notice';
import { AuthPage, useSignedIn } from './auth-page';

const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...SessionGrantFields
    }
  }
`);

export default function SignUp() {
  const signedIn = useSignedIn();
  const [fields, setFields] = useState({ organizationName: '', name: '', email: '', password: '' });
  const [signUp, { loading, error }] = useMutation(SignUpDocument);
  const set = (field: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await signUp({ variables: { input: fields } }).catch(() => null);
    if (result?.data) signedIn(result.data.signUp);
  };

  return (
    <AuthPage title="Create your organization">
      {error && <ErrorNotice error={error} title="Could not create the organization" />}
      <form onSubmit={submit} className="form">
        <label>
          Organization name
          <input
            required
            autoComplete="organization"
            value={fields.organizationName}
            onChange={set('organizationName')}
          />
        </label>
        <label>
          Your name
          <input required autoComplete="name" value={fields.name} onChange={set('name')} />
        </label>
        <label>
          Email
          <input type="email" required autoComplete="email" value={fields.email} onChange={set('email')} />
        </label>
        <label>
          Password
          <input
            type="password"
            required
            minLength={10}
            maxLength={200}
            autoComplete="new-password"
            aria-describedby="password-rule"
            value={fields.password}
            onChange={set('password')}
          />
        </label>
        <p id="password-rule" className="hint">
          10 to 200 characters.
        </p>
        <button type="submit" disabled={loading}>
          {loading ? 'Creating…' : 'Create organization'}
        </button>
      </form>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </AuthPage>
  );
}
