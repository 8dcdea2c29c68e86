import { Suspense, useEffect } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { appSession, useSession } from '../session/app-session';
import { Loading } from './status';

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export function Layout() {
  const session = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutDocument);
  const { pathname } = useLocation();
  // A new screen starts keyboard and screen-reader users at its content, as a page load would.
  useEffect(() => document.getElementById('main')?.focus(), [pathname]);
  if (session.status !== 'signed-in') return null;

  const signOut = async () => {
    // The session ends here even if the server cannot be told (the cookie then expires on its own).
    await logout().catch(() => undefined);
    appSession.signOut();
    await client.clearStore();
    navigate('/sign-in', { replace: true });
  };

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">{session.organization.name}</span>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Today
          </NavLink>
          <NavLink to="/candidates">Candidates</NavLink>
          <NavLink to="/assignments" end>
            Assignments
          </NavLink>
          <NavLink to="/templates">Templates</NavLink>
          {session.user.role !== 'COACH' && <NavLink to="/team">Team</NavLink>}
          {session.user.role !== 'COACH' && <NavLink to="/activity">Activity</NavLink>}
          <NavLink to="/settings">Settings</NavLink>
        </nav>
        <NavLink to="/profile" className="viewer">
          {session.user.name} <span className="role">({session.user.role})</span>
        </NavLink>
        <button type="button" className="secondary" onClick={signOut} disabled={loading}>
          {loading ? 'Signing out…' : 'Sign out'}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
