// `npm run example`: serves examples/agent-ui (with the built package and its runtime dependencies)
// on localhost and prints the address. Stop it with Ctrl-C. PORT=8080 npm run example picks the port.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { page, staticFiles } from './static-files.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('Build the package first: npm run build (npm run example does it for you).');
  process.exit(1);
}

const server = createServer(staticFiles(root));

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
