/**
 * `dialdesk/logout`: this area is being built; its public surface lands here.
 *
 * @module logout
 */
export {};
