import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { canonicalJson, contentHash, loadContent } from './index';

const plan = loadContent(resolve(__dirname, '../../../content')).plans[0]!;

// Rebuilds every object with its keys in reverse order; the content stays the same.
function reverseKeys<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, field: unknown) =>
      field !== null && typeof field === 'object' && !Array.isArray(field)
        ? Object.fromEntries(Object.entries(field).reverse())
        : field,
    ),
  );
}

describe('contentHash', () => {
  it('is a sha256 hex digest', () => {
    expect(contentHash(plan)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores key order', () => {
    const reordered = reverseKeys(plan);

    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(plan));
    expect(contentHash(reordered)).toBe(contentHash(plan));
  });

  it('changes when any text changes', () => {
    const edited = structuredClone(plan);
    edited.sections[0]!.items[0]!.guidance += ' Take notes.';

    expect(contentHash(edited)).not.toBe(contentHash(plan));
  });

  it('changes when items are reordered', () => {
    const reordered = structuredClone(plan);
    reordered.sections[0]!.items.reverse();

    expect(contentHash(reordered)).not.toBe(contentHash(plan));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('refuses values JSON cannot represent faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
  });
});
