import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiHarness, startApi } from '../support/api-harness';
import { isolatedRedisPrefix } from '../support/fixtures';

const INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="/app/assets/index-abc123.js"></script></head></html>';

describe('the coach app served by the API at /app', () => {
  let api: ApiHarness;
  let webAppDir: string;

  beforeAll(async () => {
    webAppDir = mkdtempSync(join(tmpdir(), 'web-app-'));
    mkdirSync(join(webAppDir, 'assets'));
    writeFileSync(join(webAppDir, 'index.html'), INDEX_HTML);
    writeFileSync(join(webAppDir, 'assets', 'index-abc123.js'), 'console.log("app")');
    api = await startApi({ WEB_APP_DIR: webAppDir, REDIS_PREFIX: isolatedRedisPrefix('web-app') });
  });
  afterAll(async () => {
    await api.close();
    rmSync(webAppDir, { recursive: true, force: true });
  });

  it('serves index.html without caching it, under a CSP with no inline script and no other origin', async () => {
    const response = await api.http().get('/app');
    expect(response.status).toBe(200);
    expect(response.text).toBe(INDEX_HTML);
    expect(response.headers['cache-control']).toBe('no-cache');
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|https?:/);
  });

  it('answers client routes such as an assignment link with index.html', async () => {
    for (const path of [
      '/app/',
      '/app/assignments/0b6c6c9e-1f0e-4a53-9d53-2a5c1b6f8f1e',
      '/app/candidates?search=ada',
    ]) {
      const response = await api.http().get(path);
      expect([path, response.status, response.text]).toEqual([path, 200, INDEX_HTML]);
    }
  });

  it('serves hashed assets as immutable for a year, and a missing asset is a 404, not the app', async () => {
    const asset = await api.http().get('/app/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await api.http().get('/app/assets/index-old999.js');
    expect(missing.status).toBe(404);
  });

  it('redirects / to the app', async () => {
    const response = await api.http().get('/');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/app/');
  });
});

describe('the API without a built coach app', () => {
  let api: ApiHarness;
  afterAll(() => api?.close());

  it('still starts and answers /app with a 503 page that says what to do', async () => {
    api = await startApi({
      WEB_APP_DIR: join(tmpdir(), 'no-such-web-app'),
      REDIS_PREFIX: isolatedRedisPrefix('web-app-missing'),
    });
    const page = await api.http().get('/app/assignments/some-id');
    expect(page.status).toBe(503);
    expect(page.text).toContain('npm run build');
    expect((await api.http().get('/health/live')).status).toBe(200);
    expect(api.logs()).toContain('No built coach app');
  });
});
