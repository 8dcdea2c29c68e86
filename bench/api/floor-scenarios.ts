import type { Caller } from './access-tokens';
import { buildScenarios, DASHBOARD_DAYS_EACH_SIDE, NODE_FIELDS, Scenario, ShareScenarioName } from './scenarios';

/** A caller that also holds one live private link of its organization, for the candidate page. */
export interface PageCaller extends Caller {
  linkToken: string;
}

const graphql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/**
 * Every request measured as a share of the floor, in one run against one server: the floor (any
 * authenticated GraphQL request), `me`, the roster page, the dashboard, a candidate's history and
 * the candidate page.
 */
export function buildShareScenarios(now: Date): Array<Scenario<ShareScenarioName>> {
  const [roster, dashboard] = buildScenarios(now);
  return [
    { name: 'floor', description: '{ __typename } with a valid token', body: graphql('{ __typename }') },
    {
      name: 'me',
      description: 'me (the caller and their organization)',
      body: graphql('{ me { user { id name email role } organization { id name } } }'),
    },
    roster,
    { ...dashboard, description: `dashboard(from, to) over ±${DASHBOARD_DAYS_EACH_SIDE} days` },
    {
      name: 'history',
      description: "a candidate's history: candidates(first: 1) with every assignment",
      body: graphql(`{ candidates(first: 1) { edges { node { id name assignments { ${NODE_FIELDS} } } } } }`),
    },
    {
      name: 'candidate page',
      description: 'GET /a/<token>, the candidate page (server-rendered)',
      body: '',
      request: (caller) => ({ method: 'GET', path: `/a/${(caller as PageCaller).linkToken}`, headers: {} }),
      isClean: (body) => body.includes('</html>'),
    },
  ];
}
