import type { GraphQLResolveInfo } from 'graphql';
import { selectsPath } from '../../../platform/graphql/selects-path';

/**
 * The parts of an assignment view that cost a join, a subquery or instants to parse. Every view
 * reads the assignment's own columns; a list reads only the parts its query selects.
 */
export type AssignmentViewPart =
  | 'candidate'
  | 'candidateTimeline'
  | 'coach'
  | 'link'
  | 'nextReminder'
  | 'lastActivity'
  | 'timeline'
  | 'reminders'
  | 'plan';

export type AssignmentViewParts = ReadonlySet<AssignmentViewPart>;

/** The fields (paths below an Assignment) each part answers. */
const PART_FIELDS: Record<AssignmentViewPart, string[][]> = {
  candidate: [['candidate']],
  candidateTimeline: [
    ['candidate', 'archivedAt'],
    ['candidate', 'erasedAt'],
    ['candidate', 'createdAt'],
    ['candidate', 'updatedAt'],
  ],
  coach: [['coach']],
  link: [['link']],
  nextReminder: [['nextReminder']],
  lastActivity: [['lastActivity']],
  timeline: [['interviewedAt'], ['followUpSentAt'], ['cancelledAt'], ['outcomeRecordedAt'], ['createdAt']],
  reminders: [['reminders']],
  plan: [['plan'], ['progress', 'sections']],
};

const PARTS = Object.keys(PART_FIELDS) as AssignmentViewPart[];

/**
 * A view read for code rather than for one query (a mutation's answer, a candidate's history):
 * everything but the reminders, which the `reminders` field loads when it is asked for.
 */
export const WHOLE_VIEW: AssignmentViewParts = new Set(PARTS.filter((part) => part !== 'reminders'));

/** The parts the assignments at `path` of the query select, e.g. `['edges', 'node']` of a connection. */
export function selectedViewParts(info: GraphQLResolveInfo, path: string[]): AssignmentViewParts {
  return new Set(PARTS.filter((part) => PART_FIELDS[part].some((fields) => selectsPath(info, [...path, ...fields]))));
}

/** `parts` with the reminders too, when the query asks for them. */
export function includingReminders(parts: AssignmentViewParts, reminders: boolean): AssignmentViewParts {
  return reminders ? new Set([...parts, 'reminders']) : parts;
}
