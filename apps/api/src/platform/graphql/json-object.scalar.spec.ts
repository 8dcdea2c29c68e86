import { Kind } from 'graphql';
import { JsonObjectScalar } from './json-object.scalar';

describe('JSONObject scalar', () => {
  it('sends an object as it is, nested values included', () => {
    const document = { candidate: { name: 'Ada' }, assignments: [{ progress: [] }], erased: false };
    expect(JsonObjectScalar.serialize(document)).toBe(document);
  });

  it('refuses anything that is not an object, and every input', () => {
    for (const value of [null, 'text', 42, ['a']]) expect(() => JsonObjectScalar.serialize(value)).toThrow(TypeError);
    expect(() => JsonObjectScalar.parseValue({})).toThrow(/output only/);
    expect(() => JsonObjectScalar.parseLiteral({ kind: Kind.OBJECT, fields: [] })).toThrow(/output only/);
  });
});
