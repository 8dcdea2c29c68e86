import { GraphQLScalarType, Kind } from 'graphql';

/**
 * A JSON object as it is, for documents whose shape is data rather than schema (audit details,
 * a candidate's data export). Output only: no input takes one.
 */
export const JsonObjectScalar = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object, sent as is.',
  serialize: (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new TypeError('JSONObject can only serialize an object');
    }
    return value;
  },
  parseValue: () => {
    throw new TypeError('JSONObject is output only');
  },
  parseLiteral: (ast) => {
    throw new TypeError(`JSONObject is output only (got a ${ast.kind === Kind.OBJECT ? 'object' : ast.kind})`);
  },
});
