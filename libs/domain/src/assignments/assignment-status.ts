// Keys equal values: they are also the GraphQL enum names clients send.
export enum AssignmentStatus {
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  INTERVIEWED = 'INTERVIEWED',
  FOLLOWED_UP = 'FOLLOWED_UP',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

/** The moves that make sense; anything else is a conflict the caller must explain. */
const TRANSITIONS: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  [AssignmentStatus.ASSIGNED]: [AssignmentStatus.IN_PROGRESS, AssignmentStatus.INTERVIEWED, AssignmentStatus.CANCELLED],
  [AssignmentStatus.IN_PROGRESS]: [AssignmentStatus.INTERVIEWED, AssignmentStatus.CANCELLED],
  [AssignmentStatus.INTERVIEWED]: [AssignmentStatus.FOLLOWED_UP, AssignmentStatus.CLOSED],
  [AssignmentStatus.FOLLOWED_UP]: [AssignmentStatus.CLOSED],
  [AssignmentStatus.CLOSED]: [],
  [AssignmentStatus.CANCELLED]: [],
};

export function canTransition(from: AssignmentStatus, to: AssignmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Before the interview the plan can still move (reschedule, cancel) and be worked on. */
export function isBeforeInterview(status: AssignmentStatus): boolean {
  return status === AssignmentStatus.ASSIGNED || status === AssignmentStatus.IN_PROGRESS;
}

/** The candidate may still change progress; closed and cancelled plans are read-only. */
export function acceptsCandidateChanges(status: AssignmentStatus): boolean {
  return status !== AssignmentStatus.CLOSED && status !== AssignmentStatus.CANCELLED;
}
