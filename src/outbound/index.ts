/**
 * `dialdesk/outbound`: this area is being built; its public surface lands here.
 *
 * @module outbound
 */
export {};
