/**
 * Each signed-in screen's chunk, and which one an address shows. A page load starts fetching its
 * screen's chunk at once, while the session is restored from the cookie, instead of after it.
 */
export const screenChunks = {
  today: () => import('./screens/today'),
  candidates: () => import('./screens/candidates'),
  candidate: () => import('./screens/candidate'),
  assignPlan: () => import('./screens/assign-plan'),
  assignments: () => import('./screens/assignments'),
  assignment: () => import('./screens/assignment'),
  templates: () => import('./screens/templates'),
  template: () => import('./screens/template'),
  settings: () => import('./screens/settings'),
  team: () => import('./screens/team'),
  activity: () => import('./screens/activity'),
  profile: () => import('./screens/profile'),
};

export type ScreenName = keyof typeof screenChunks;

const ADDRESSES: [RegExp, ScreenName][] = [
  [/^\/?$/, 'today'],
  [/^\/candidates\/?$/, 'candidates'],
  [/^\/candidates\/[^/]+\/assign\/?$/, 'assignPlan'],
  [/^\/candidates\/[^/]+\/?$/, 'candidate'],
  [/^\/assignments\/?$/, 'assignments'],
  [/^\/assignments\/[^/]+\/?$/, 'assignment'],
  [/^\/templates\/?$/, 'templates'],
  [/^\/templates\/[^/]+\/?$/, 'template'],
  [/^\/settings\/?$/, 'settings'],
  [/^\/team\/?$/, 'team'],
  [/^\/activity\/?$/, 'activity'],
  [/^\/profile\/?$/, 'profile'],
];

/** The signed-in screen at this path of the app (without its `/app` base), or null. */
export function screenAt(path: string): ScreenName | null {
  return ADDRESSES.find(([pattern]) => pattern.test(path))?.[1] ?? null;
}

/** Starts loading the chunk of the screen at this path; React's lazy() later gets the same module. */
export function preloadScreenAt(path: string): void {
  const screen = screenAt(path);
  // A failed preload is retried by lazy() when the screen renders, which shows the error.
  if (screen) screenChunks[screen]().catch(() => undefined);
}
