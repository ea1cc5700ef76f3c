import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serve } from './static-server.js';

// The one static file handler (scripts/static-files.mjs), shared by `npm run example` and these tests.
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('scripts/static-files.mjs', () => {
  it('serves the allowed folders only, redirects / to the page, and answers 400 to a malformed path instead of crashing', async () => {
    const server = await serve(root);
    try {
      const get = (path: string): Promise<Response> => fetch(`${server.url}${path}`, { redirect: 'manual' });
      expect((await get('')).headers.get('location')).toBe('/examples/agent-ui/index.html');
      expect((await get('examples/agent-ui/index.html')).status).toBe(200);
      expect((await get('package.json')).status).toBe(404);
      expect((await get('examples/agent-ui/../../package.json')).status).toBe(404);
      expect((await get('examples/agent-ui/%E0%A4%A')).status).toBe(400);
      expect((await get('examples/agent-ui/index.html')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
