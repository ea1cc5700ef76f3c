// A small agent UI with no framework: it imports the built ESM bundle of dialdesk and drives the real
// machines. `npm run example` serves it (scripts/serve-example.mjs); test/browser/agent-ui.test.ts drives
// it in headless Chromium.
import { mountCallback } from './callback-view.js';
import { mountLogout } from './logout-view.js';
import { mountOutbound } from './outbound-view.js';
import { mountWebCallback } from './webcallback-view.js';

mountCallback();
mountLogout();
mountWebCallback();
mountOutbound();
document.body.dataset.ready = 'true';
