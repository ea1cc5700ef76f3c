/**
 * `dialdesk/time`: this area is being built; its public surface lands here.
 *
 * @module time
 */
export {};
