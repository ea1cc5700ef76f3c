import { describe, pathOf } from '../../core/decode.js';

/** JSON path of a member: `$.key` for a plain identifier, else `$["odd key"]` (long keys shortened): the core `pathOf`. */
export function memberPath(base: string, key: string): string {
  return pathOf(base, key);
}

/** Describes an untrusted value by kind and size, never by its content: the core `describe`. */
export const kindOf = describe;
