/**
 * `dialdesk/testing`: this area is being built; its public surface lands here.
 *
 * @module testing
 */
export {};
