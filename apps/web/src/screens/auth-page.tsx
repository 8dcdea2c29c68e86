import type { ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { appSession } from '../session/app-session';
import type { SessionGrant } from '../session/session';

/** The frame of the signed-out screens. */
export function AuthPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="auth-page">
      <p className="brand">Interview Prep</p>
      <h1>{title}</h1>
      {children}
    </main>
  );
}

/** Only a path inside the app, so a crafted link cannot send the coach elsewhere after sign-in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Starts the session and goes on to where the visitor was heading. */
export function useSignedIn(): (grant: SessionGrant) => void {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (grant) => {
    appSession.signIn(grant);
    navigate(safeNext(params.get('next')), { replace: true });
  };
}
