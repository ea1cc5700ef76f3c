import type { IncomingMessage, ServerResponse } from 'node:http';

/** The folders the page may load. */
export declare const allowed: readonly string[];
/** The example's page, relative to the repository root. */
export declare const page: string;
/** A request listener serving the allowed files of `root`. */
export declare function staticFiles(root: string): (request: IncomingMessage, response: ServerResponse) => void;
