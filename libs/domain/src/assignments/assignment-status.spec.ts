import { acceptsCandidateChanges, AssignmentStatus, canTransition, isBeforeInterview } from './assignment-status';

const { ASSIGNED, IN_PROGRESS, INTERVIEWED, FOLLOWED_UP, CLOSED, CANCELLED } = AssignmentStatus;

describe('assignment status', () => {
  it.each([
    [ASSIGNED, IN_PROGRESS],
    [ASSIGNED, INTERVIEWED],
    [IN_PROGRESS, INTERVIEWED],
    [INTERVIEWED, FOLLOWED_UP],
    [FOLLOWED_UP, CLOSED],
    [INTERVIEWED, CLOSED],
    [ASSIGNED, CANCELLED],
    [IN_PROGRESS, CANCELLED],
  ])('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    [IN_PROGRESS, ASSIGNED],
    [ASSIGNED, FOLLOWED_UP],
    [INTERVIEWED, CANCELLED],
    [CLOSED, IN_PROGRESS],
    [CANCELLED, ASSIGNED],
    [FOLLOWED_UP, INTERVIEWED],
  ])('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('only open plans take candidate changes, and only unstarted interviews move', () => {
    expect(acceptsCandidateChanges(FOLLOWED_UP)).toBe(true);
    expect(acceptsCandidateChanges(CLOSED)).toBe(false);
    expect(acceptsCandidateChanges(CANCELLED)).toBe(false);
    expect(isBeforeInterview(IN_PROGRESS)).toBe(true);
    expect(isBeforeInterview(INTERVIEWED)).toBe(false);
  });
});
