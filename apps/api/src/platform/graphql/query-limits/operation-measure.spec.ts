import { buildSchema, FragmentDefinitionNode, getVariableValues, Kind, OperationDefinitionNode, parse } from 'graphql';
import { measureOperation } from './operation-measure';

const schema = buildSchema(`
  type Query { people(first: Int = 20): PersonConnection!, me: Person }
  type PersonConnection { edges: [PersonEdge!]! }
  type PersonEdge { node: Person! }
  type Person { id: ID!, name: String!, friends(first: Int, last: Int): PersonConnection! }
`);

function measure(source: string, inputs: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  return measureOperation(schema, operation, fragments, coerced!);
}

// people(first: n) { edges { node { id name } } } = (2 + (2 + (2 + 1 + 1))) × n = 8n
const PEOPLE = 'edges { node { id name } }';

describe('measureOperation', () => {
  it('multiplies by a page size from a literal, a variable, a variable default or the argument default', () => {
    expect(measure(`{ people(first: 10) { ${PEOPLE} } }`).cost).toBe(80);
    expect(measure(`query($n: Int) { people(first: $n) { ${PEOPLE} } }`, { n: 10 }).cost).toBe(80);
    expect(measure(`query($n: Int = 10) { people(first: $n) { ${PEOPLE} } }`).cost).toBe(80);
    expect(measure(`query($n: Int) { people(first: $n) { ${PEOPLE} } }`).cost).toBe(160);
    expect(measure(`{ people { ${PEOPLE} } }`).cost).toBe(160);
  });

  it('multiplies nested pages and takes the larger of first and last', () => {
    const nested = `{ people(first: 10) { edges { node { friends(first: 3, last: 5) { ${PEOPLE} } } } } }`;
    // friends: 8 × 5 = 40; node: 2 + 40; edge: 2 + 42; people: (2 + 44) × 10
    expect(measure(nested).cost).toBe(460);
  });

  it('counts fragments and inline fragments as if written in place', () => {
    const inline = measure(`{ people(first: 10) { edges { node { ... on Person { id name } } } } }`);
    const spread = measure(
      `{ ...P } fragment P on Query { people(first: 10) { edges { ...E } } } fragment E on PersonEdge { node { id name } }`,
    );
    expect(inline).toEqual({ cost: 80, depth: 4, aliases: 0 });
    expect(spread).toEqual({ cost: 80, depth: 4, aliases: 0 });
  });

  it('counts the aliases of every spread of a fragment', () => {
    expect(measure('{ a: me { ...N } b: me { ...N } } fragment N on Person { x: id y: name }').aliases).toBe(6);
  });

  it('leaves out meta fields', () => {
    expect(measure('{ __typename me { __typename id } }')).toEqual({ cost: 3, depth: 2, aliases: 0 });
  });
});
