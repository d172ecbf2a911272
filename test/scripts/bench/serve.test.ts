import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType, resolveRequest, serveSite, shouldGzip } from '../../../scripts/bench/serve.ts';

const site = path.resolve('test/fixtures/bench/site');

describe('resolveRequest', () => {
  it('serves index.html for a folder, redirects to the trailing slash and keeps inside the site', () => {
    expect(resolveRequest(site, '/proactive-support/events/?q=disco')).toEqual({
      status: 200,
      file: path.join(site, 'proactive-support/events/index.html'),
    });
    expect(resolveRequest(site, '/proactive-support/events?q=1')).toEqual({
      status: 301,
      location: '/proactive-support/events/?q=1',
    });
    expect(resolveRequest(site, '/../../package.json')).toEqual({ status: 404 });
    expect(resolveRequest(site, '/no-such-page/')).toEqual({ status: 404 });
  });
});

describe('shouldGzip', () => {
  it('compresses text for a client that accepts gzip, as GitHub Pages does', () => {
    expect(shouldGzip(contentType('a.js'), 'gzip, deflate, br')).toBe(true);
    expect(shouldGzip(contentType('a.html'), 'br')).toBe(false);
    expect(shouldGzip(contentType('a.png'), 'gzip')).toBe(false);
  });
});

describe('serveSite', () => {
  it('answers on a port of the given range with gzipped HTML', async () => {
    const server = await serveSite(site, 4560);
    try {
      expect(server.base).toMatch(/^http:\/\/127\.0\.0\.1:456\d$/);
      const { request } = await import('node:http');
      const body = await new Promise<{ encoding: string | undefined; text: string }>((resolve, reject) => {
        request(`${server.base}/`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              encoding: response.headers['content-encoding'],
              text: gunzipSync(Buffer.concat(chunks)).toString('utf8'),
            }),
          );
        })
          .on('error', reject)
          .end();
      });
      expect(body.encoding).toBe('gzip');
      expect(body.text).toContain('<html');
    } finally {
      await server.close();
    }
  });
});
