/**
 * `dialdesk/callback`: this area is being built; its public surface lands here.
 *
 * @module callback
 */
export {};
