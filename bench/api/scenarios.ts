import type { Caller } from './access-tokens';
import type { HttpRequest } from './load';

/** The fields a coach's dashboard shows for each assignment. */
export const NODE_FIELDS = `id status candidate { name email } coach { name } interview { startsAt company } progress { done total }
  nextReminder { kind dueAt } lastActivity`;

export const ROSTER_PAGE_SIZE = 50;
export const DASHBOARD_DAYS_EACH_SIDE = 30;

/** The scenarios the raw baseline replays. */
export type ScenarioName = 'roster' | 'dashboard';
/** Every request measured against the floor, the replayed ones included. */
export type ShareScenarioName = ScenarioName | 'floor' | 'me' | 'history' | 'candidate page';

export interface Scenario<Name extends ShareScenarioName = ScenarioName> {
  name: Name;
  description: string;
  /** The POST /graphql body, the same for every organization (the token says which). */
  body: string;
  /** For a request other than POST /graphql. */
  request?: (caller: Caller) => HttpRequest;
  isClean?: (body: string) => boolean;
}

export function buildScenarios(now: Date): Scenario[] {
  const day = 24 * 3600 * 1000;
  const from = new Date(now.getTime() - DASHBOARD_DAYS_EACH_SIDE * day).toISOString();
  const to = new Date(now.getTime() + DASHBOARD_DAYS_EACH_SIDE * day).toISOString();
  return [
    {
      name: 'roster',
      description: `assignments(first: ${ROSTER_PAGE_SIZE}), the first page of the roster`,
      body: JSON.stringify({
        query: `query Roster($first: Int!) { assignments(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${NODE_FIELDS} } } } }`,
        variables: { first: ROSTER_PAGE_SIZE },
      }),
    },
    {
      name: 'dashboard',
      description: `dashboard(from, to) over ±${DASHBOARD_DAYS_EACH_SIDE} days`,
      body: JSON.stringify({
        query: `query Dashboard($from: String!, $to: String!) { dashboard(from: $from, to: $to) { byStatus { status count }
          upcomingInterviews { ${NODE_FIELDS} } moreUpcomingInterviews atRisk { ${NODE_FIELDS} } moreAtRisk reminders { sent skipped failed } medianProgressAtTMinus24h followUpSentRate } }`,
        variables: { from, to },
      }),
    },
  ];
}

/** A successful GraphQL answer: data and no errors. Cheap enough to run on every response under load. */
export function isCleanGraphqlBody(body: string): boolean {
  return body.startsWith('{"data":') && !body.includes('"errors":');
}
