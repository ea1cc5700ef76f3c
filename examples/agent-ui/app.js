// A small agent UI with no framework: it imports the built ESM bundle of dialdesk and drives the real
// machines. Served by test/browser/agent-ui.test.ts and driven there by headless Chromium.
import { mountCallback } from './callback-view.js';
import { mountLogout } from './logout-view.js';

mountCallback();
mountLogout();
document.body.dataset.ready = 'true';
