import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { appSession, useSession } from '../session/app-session';
import { ErrorNotice } from '../ui/error-notice';

const UpdateMyProfileDocument = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      ...MemberFields
    }
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

// The API's rule, checked here first so the form says it before sending.
const MIN_PASSWORD_LENGTH = 10;

export default function Profile() {
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  return (
    <>
      <h1>Your profile</h1>
      <p>
        {session.user.email} · {session.organization.name}
      </p>
      <NameForm name={session.user.name} />
      <PasswordForm />
    </>
  );
}

function NameForm({ name: initial }: { name: string }) {
  const [name, setName] = useState(initial);
  const [saved, setSaved] = useState('');
  const [update, { loading, error }] = useMutation(UpdateMyProfileDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({ variables: { input: { name } } }).catch(() => null);
    if (!result?.data) return;
    setSaved(`Your name is now ${result.data.updateMyProfile.name}.`);
    // A fresh grant carries the new name to the header.
    await appSession.refresh();
  };
  return (
    <section aria-labelledby="name-heading" className="panel">
      <h2 id="name-heading">Name</h2>
      {error && <ErrorNotice error={error} title="Could not change your name" />}
      <form className="form" onSubmit={submit}>
        <label>
          Your name as the team and your candidates see it
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save name'}
        </button>
      </form>
      <p role="status">{saved}</p>
    </section>
  );
}

function PasswordForm() {
  const [fields, setFields] = useState({ currentPassword: '', newPassword: '' });
  const [saved, setSaved] = useState('');
  const [change, { loading, error }] = useMutation(ChangePasswordDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await change({ variables: { input: fields } }).catch(() => null);
    if (result?.data?.changePassword) {
      setSaved('Your password is changed. Your other sessions have ended.');
      setFields({ currentPassword: '', newPassword: '' });
    }
  };
  return (
    <section aria-labelledby="password-heading" className="panel">
      <h2 id="password-heading">Password</h2>
      {error && <ErrorNotice error={error} title="Could not change your password" />}
      <form className="form" onSubmit={submit}>
        <label>
          Current password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={fields.currentPassword}
            onChange={(e) => setFields({ ...fields, currentPassword: e.target.value })}
          />
        </label>
        <label>
          New password (at least {MIN_PASSWORD_LENGTH} characters)
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            value={fields.newPassword}
            onChange={(e) => setFields({ ...fields, newPassword: e.target.value })}
          />
        </label>
        <button type="submit" disabled={loading}>
          {loading ? 'Changing…' : 'Change password'}
        </button>
      </form>
      <p role="status">{saved}</p>
    </section>
  );
}
