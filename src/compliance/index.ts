// Compliance as data (internal, domain level): the contact-policy presets, their parsers and the pure
// check. It sits between `time` and the domain areas (core <- time <- compliance <- callback, outbound),
// so that outbound (nextAttempt, reschedule, the pacer) and callback (the dialog) judge one rule set
// without importing each other. Not a public entry: outbound publishes it as `outbound.contactPolicy`.
export * from './types.js';
export { presets } from './presets.js';
export { check, judge, LAST_CHECKABLE, SEARCH_DAYS } from './check.js';
export { parseHistory, parseOptions, parsePreset, resolvePresets, MAX_HISTORY, type Parsed } from './parse.js';
