import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm run example` = build + scripts/serve-example.mjs: the server prints the page's address and serves it.
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run example', () => {
  it('prints the address of the agent UI page and serves it with the package and its dependencies', async () => {
    const child = spawn(process.execPath, ['scripts/serve-example.mjs'], { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /http:\/\/127\.0\.0\.1:\d+\/examples\/agent-ui\/index\.html/.exec(out);
          if (m !== null) resolve(m[0]);
        });
        child.on('exit', (code) => reject(new Error(`the server exited with ${String(code)}: ${out}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('dialdesk agent UI example');
      const base = url.replace('examples/agent-ui/index.html', '');
      expect((await fetch(`${base}dist/callback/index.js`)).status).toBe(200);
      expect((await fetch(`${base}node_modules/pure-rand/lib/esm/distribution/uniformFloat64.js`)).status).toBe(200);
      expect((await fetch(`${base}package.json`)).status).toBe(404);
    } finally {
      child.kill();
    }
  });
});
