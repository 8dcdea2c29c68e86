import { isDeepStrictEqual } from 'node:util';
import type { Caller } from './access-tokens';
import type { Scenario } from './scenarios';
import { headersFor } from './sql-capture';

export interface ResponseComparison {
  scenario: string;
  organizationId: string;
  equal: boolean;
  /** Where the two answers first differ (a JSON path), when they do. */
  firstDifference: string | null;
}

/** Asks the API and the baseline the same thing for one organization: the figures compare like with like only if the answers are equal. */
export async function compareResponses(
  apiUrl: string,
  baselineUrl: string,
  scenario: Scenario,
  caller: Caller,
): Promise<ResponseComparison> {
  const [fromApi, fromBaseline] = await Promise.all(
    [apiUrl, baselineUrl].map((url) => post(url, scenario.body, caller)),
  );
  const equal = isDeepStrictEqual(fromApi, fromBaseline);
  return {
    scenario: scenario.name,
    organizationId: caller.organizationId,
    equal,
    firstDifference: equal ? null : firstDifference(fromApi, fromBaseline, '$'),
  };
}

async function post(baseUrl: string, body: string, caller: Caller): Promise<unknown> {
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: headersFor(caller), body });
  return { status: response.status, body: await response.json() };
}

function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const inner = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (inner) return inner;
    }
  }
  return `${path}: API ${JSON.stringify(a)?.slice(0, 120)} vs baseline ${JSON.stringify(b)?.slice(0, 120)}`;
}
