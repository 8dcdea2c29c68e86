import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromAST,
} from 'graphql';

/** What an operation would cost to answer, as if written out in full with its variables' values. */
export interface OperationMeasure {
  /** Every field counts (objects 2, scalars 1), times the page size of each `first`/`last` around it. */
  cost: number;
  /** The deepest field, counting leaves; fragments add no level of their own. */
  depth: number;
  aliases: number;
}

const OBJECT_COST = 2;
const SCALAR_COST = 1;
const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last']);
const NOTHING: OperationMeasure = { cost: 0, depth: 0, aliases: 0 };

/**
 * Measures an operation after its variables were coerced, so `first: $n` counts n, and a field
 * reached through a fragment or an inline fragment counts as if written in place. Each fragment
 * is measured once (its measure does not depend on where it is spread), so a query that spreads
 * fragments into fragments is measured in time linear in its size.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationMeasure {
  const fragmentMeasures = new Map<string, OperationMeasure>();

  const measureSet = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): OperationMeasure => {
    let total = NOTHING;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total = add(total, measureField(selection, parent));
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total = add(total, isCompositeType(type) ? measureSet(selection.selectionSet, type) : NOTHING);
      } else total = add(total, measureFragment(selection.name.value));
    }
    return total;
  };

  const measureFragment = (name: string): OperationMeasure => {
    const known = fragmentMeasures.get(name);
    if (known) return known;
    const fragment = fragments[name];
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    // Validation has already refused unknown fragments and fragment cycles.
    const measure = fragment && isCompositeType(type) ? measureSet(fragment.selectionSet, type) : NOTHING;
    fragmentMeasures.set(name, measure);
    return measure;
  };

  const measureField = (node: FieldNode, parent: GraphQLCompositeType): OperationMeasure => {
    // Meta fields (__typename, and introspection where it is open) are not the API's data.
    if (node.name.value.startsWith('__')) return NOTHING;
    const definition = fieldOf(parent, node.name.value);
    const aliases = node.alias ? 1 : 0;
    if (!definition) return { cost: SCALAR_COST, depth: 1, aliases };
    const type = getNamedType(definition.type);
    if (!node.selectionSet || !isCompositeType(type)) return { cost: SCALAR_COST, depth: 1, aliases };
    const children = measureSet(node.selectionSet, type);
    return {
      cost: (OBJECT_COST + children.cost) * pageSize(node, definition, variables),
      depth: 1 + children.depth,
      aliases: aliases + children.aliases,
    };
  };

  const root = schema.getRootType(operation.operation);
  return root ? measureSet(operation.selectionSet, root) : NOTHING;
}

function add(a: OperationMeasure, b: OperationMeasure): OperationMeasure {
  return { cost: a.cost + b.cost, depth: Math.max(a.depth, b.depth), aliases: a.aliases + b.aliases };
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** The page a field asks for: its `first`/`last` from a literal, a variable or the schema default. */
function pageSize(node: FieldNode, definition: GraphQLField<unknown, unknown>, variables: Record<string, unknown>) {
  let size = 1;
  for (const argument of definition.args) {
    if (!PAGE_SIZE_ARGUMENTS.has(argument.name)) continue;
    const given = node.arguments?.find((candidate) => candidate.name.value === argument.name);
    // An omitted variable leaves the argument to its default, as execution does.
    const literal = given ? valueFromAST(given.value, argument.type, variables) : undefined;
    const value = literal === undefined ? argument.defaultValue : literal;
    if (typeof value === 'number' && Number.isFinite(value)) size = Math.max(size, value);
  }
  return size;
}
