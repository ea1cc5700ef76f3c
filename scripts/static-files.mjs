// The one static file handler of the repository: `npm run example` (scripts/serve-example.mjs) and the
// browser tests (test/browser/static-server.ts) both serve the agent UI example with it.
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The folders the page may load: the page itself, the built package and its runtime dependencies. */
export const allowed = Object.freeze(['examples/agent-ui/', 'dist/', 'node_modules/luxon/', 'node_modules/pure-rand/']);

/** The example's page, relative to the repository root. */
export const page = 'examples/agent-ui/index.html';

/**
 * A request listener serving the files of `root` under {@link allowed} (404 for anything else, 400 for
 * a path that is not valid percent-encoding); `/` and the example's folder redirect to {@link page}.
 */
export function staticFiles(root) {
  return (request, response) => {
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^\/+/, '');
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    if (path === '' || path === 'examples/agent-ui' || path === 'examples/agent-ui/') {
      response.writeHead(302, { location: `/${page}` }).end();
      return;
    }
    const file = join(root, path);
    let ok = allowed.some((prefix) => path.startsWith(prefix)) && !path.includes('..');
    try {
      ok &&= statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  };
}
