import { createServer, type Server } from 'node:http';
import { staticFiles } from '../../scripts/static-files.mjs';

/** A static file server on 127.0.0.1 (a free port) for the repository root: the one handler `npm run example` uses. */
export async function serve(root: string): Promise<{ readonly url: string; readonly close: () => Promise<void> }> {
  const server: Server = createServer(staticFiles(root));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
