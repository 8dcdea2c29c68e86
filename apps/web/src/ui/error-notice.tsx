import { CombinedGraphQLErrors } from '@apollo/client';

interface ShownError {
  message: string;
  code: string | null;
}

/** What the API said (message and code), or a plain sentence when it could not be reached. */
export function describeError(error: unknown): ShownError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    return { message: first?.message ?? 'The request failed.', code: typeof code === 'string' ? code : null };
  }
  if (error instanceof Error) return { message: error.message || 'The request failed.', code: null };
  return { message: 'The request failed.', code: null };
}

export function ErrorNotice({ error, title = 'Something went wrong' }: { error: unknown; title?: string }) {
  const { message, code } = describeError(error);
  return (
    <div className="notice notice-error" role="alert">
      <strong>{title}</strong>
      <p>
        {message}
        {code && <span className="error-code"> ({code})</span>}
      </p>
    </div>
  );
}

/** A screen whose data could not be loaded: still a titled page, with the API's answer. */
export function ErrorScreen({ error, title }: { error: unknown; title: string }) {
  return (
    <>
      <h1>{title}</h1>
      <ErrorNotice error={error} title="The server answered" />
    </>
  );
}
