import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from './session/app-session';
import { Layout } from './ui/layout';
import { Loading } from './ui/status';
import { SignIn } from './screens/sign-in';
import { screenChunks } from './screen-chunks';

// One chunk per screen: the sign-in screen loads only what it needs.
const SignUp = lazy(() => import('./screens/sign-up'));
const AcceptInvitation = lazy(() => import('./screens/accept-invitation'));
const Today = lazy(screenChunks.today);
const Candidates = lazy(screenChunks.candidates);
const CandidateScreen = lazy(screenChunks.candidate);
const AssignPlan = lazy(screenChunks.assignPlan);
const AssignmentScreen = lazy(screenChunks.assignment);
const Assignments = lazy(screenChunks.assignments);
const Settings = lazy(screenChunks.settings);
const Templates = lazy(screenChunks.templates);
const TemplateScreen = lazy(screenChunks.template);
const Team = lazy(screenChunks.team);
const Activity = lazy(screenChunks.activity);
const Profile = lazy(screenChunks.profile);
const ForgotPassword = lazy(() => import('./screens/forgot-password'));
const ResetPassword = lazy(() => import('./screens/reset-password'));

export function App() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/sign-in" element={<SignIn />} />
        <Route path="/sign-up" element={<SignUp />} />
        <Route path="/accept-invitation" element={<AcceptInvitation />} />
        <Route path="/forgot-password" element={<ForgotPassword />} />
        <Route path="/reset-password" element={<ResetPassword />} />
        <Route element={<RequireSession />}>
          <Route index element={<Today />} />
          <Route path="candidates" element={<Candidates />} />
          <Route path="candidates/:id" element={<CandidateScreen />} />
          <Route path="candidates/:id/assign" element={<AssignPlan />} />
          <Route path="assignments" element={<Assignments />} />
          <Route path="assignments/:id" element={<AssignmentScreen />} />
          <Route path="templates" element={<Templates />} />
          <Route path="templates/:id" element={<TemplateScreen />} />
          <Route path="settings" element={<Settings />} />
          <Route path="team" element={<Team />} />
          <Route path="activity" element={<Activity />} />
          <Route path="profile" element={<Profile />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

/** Signed-out visitors go to sign-in and come back to where they were going. */
function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'starting') return <Loading label="Signing you in…" />;
  if (session.status === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Layout />;
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no screen at this address.</p>
    </>
  );
}
