import { screenAt } from './screen-chunks';

describe('the screen a page load preloads', () => {
  it.each([
    ['/', 'today'],
    ['', 'today'],
    ['/candidates', 'candidates'],
    ['/candidates/c1', 'candidate'],
    ['/candidates/c1/assign', 'assignPlan'],
    ['/assignments', 'assignments'],
    ['/assignments/a1', 'assignment'],
    ['/templates/t1', 'template'],
    ['/team', 'team'],
    ['/profile', 'profile'],
  ])('%s shows %s', (path, screen) => {
    expect(screenAt(path)).toBe(screen);
  });

  it('is none for the signed-out screens and unknown addresses', () => {
    expect(screenAt('/sign-in')).toBeNull();
    expect(screenAt('/accept-invitation')).toBeNull();
    expect(screenAt('/candidates/c1/notes')).toBeNull();
  });
});
