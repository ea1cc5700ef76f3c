// `npm run example`: serves examples/agent-ui (with the built package and its runtime dependencies)
// on localhost and prints the address. Stop it with Ctrl-C. PORT=8080 npm run example picks the port.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
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
// The folders the page may load: the page itself, the built package and its runtime dependencies.
const allowed = ['examples/agent-ui/', 'dist/', 'node_modules/luxon/', 'node_modules/pure-rand/'];
const page = 'examples/agent-ui/index.html';

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('Build the package first: npm run build (npm run example does it for you).');
  process.exit(1);
}

const server = createServer((request, response) => {
  let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^\/+/, '');
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
});

const port = Number(process.env.PORT ?? 5173);
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && process.env.PORT === undefined) server.listen(0, '127.0.0.1');
  else {
    console.error(`Cannot serve the example: ${error.message}`);
    process.exit(1);
  }
});
server.on('listening', () => {
  const address = server.address();
  console.log(`dialdesk agent UI example: http://127.0.0.1:${address.port}/${page}\n(Ctrl-C to stop)`);
});
server.listen(port, '127.0.0.1');
