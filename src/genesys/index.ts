/**
 * `dialdesk/genesys`: adapters to Genesys servers. Vendor-neutral areas never import it; it imports them.
 *
 * @module genesys
 */
export * as gms from './gms/index.js';
