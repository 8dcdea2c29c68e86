import type { GraphQLResolveInfo } from 'graphql';
import { selectsPath } from '../../../platform/graphql/selects-path';

/** Whether the assignments at `path` show anything read from the plan document: the plan itself or progress by section. */
export function selectsPlan(info: GraphQLResolveInfo, path: string[]): boolean {
  return selectsPath(info, [...path, 'plan']) || selectsPath(info, [...path, 'progress', 'sections']);
}
