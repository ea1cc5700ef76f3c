/** The tricky zone list shared with the `dialdesk/time` suites. */
export { trickyZones } from '../../src/testing/index.js';
