import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  firstScreenGzipBytes: number;
  wholeAppGzipBytes: number;
  chunks: number;
}

/** The first screen loads what index.html names (entry script and preloads); the rest loads per route. */
export function measureBundles(webAppDir: string): BundleSizes {
  const indexHtml = readFileSync(join(webAppDir, 'index.html'), 'utf8');
  const firstScreen = [...indexHtml.matchAll(/(?:src|href)="\/app\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  const all = readdirSync(join(webAppDir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
  const gzipped = (files: string[]) =>
    files.reduce((sum, file) => sum + gzipSync(readFileSync(join(webAppDir, file))).length, 0);
  return { firstScreenGzipBytes: gzipped(firstScreen), wholeAppGzipBytes: gzipped(all), chunks: all.length };
}
