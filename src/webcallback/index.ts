/**
 * `dialdesk/webcallback`: this area is being built; its public surface lands here.
 *
 * @module webcallback
 */
export {};
