import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { rawConfigSchema } from '../../libs/config/src/config.schema';
import { firstColumnUnder, headingAnchors, linkTargets } from './markdown';

const root = resolve(__dirname, '../..');
const README = join(root, 'README.md');
const DOCS = [
  README,
  join(root, 'content/README.md'),
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name)),
];

describe('the README configuration table', () => {
  const listed = firstColumnUnder(README, 'Configuration').flatMap((cell) =>
    [...cell.matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1]),
  );

  it('lists every variable the configuration schema reads', () => {
    const missing = Object.keys(rawConfigSchema.shape).filter((variable) => !listed.includes(variable));
    expect(missing).toEqual([]);
  });

  it('lists nothing the schema does not read', () => {
    const unknown = listed.filter((variable) => !(variable in rawConfigSchema.shape));
    expect(unknown).toEqual([]);
  });
});

describe('relative links in the README and docs/', () => {
  it.each(DOCS.map((path) => [relative(root, path), path]))('%s: every file and anchor exists', (_name, path) => {
    const broken = linkTargets(path)
      .filter((target) => !/^[a-z]+:/i.test(target))
      .filter((target) => {
        const [file, anchor] = target.split('#');
        const linked = file ? resolve(dirname(path), file) : path;
        if (!existsSync(linked)) return true;
        return anchor !== undefined && linked.endsWith('.md') && !headingAnchors(linked).has(anchor);
      });
    expect(broken).toEqual([]);
  });
});
