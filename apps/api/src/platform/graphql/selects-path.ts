import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * Whether the query selects `path` below the field being resolved (through fragments too), e.g.
 * `['edges', 'node', 'reminders']`, so a resolver can read it in the same statement. Directives are
 * ignored: reading a field that @skip drops costs a little, never a wrong answer.
 */
export function selectsPath(info: GraphQLResolveInfo, path: string[]): boolean {
  return info.fieldNodes.some((field) => hasPath(field.selectionSet, path, info));
}

function hasPath(selectionSet: SelectionSetNode | undefined, path: string[], info: GraphQLResolveInfo): boolean {
  if (!selectionSet) return false;
  const [head, ...rest] = path;
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD)
      return selection.name.value === head && (rest.length === 0 || hasPath(selection.selectionSet, rest, info));
    if (selection.kind === Kind.INLINE_FRAGMENT) return hasPath(selection.selectionSet, path, info);
    return hasPath(info.fragments[selection.name.value]?.selectionSet, path, info);
  });
}
