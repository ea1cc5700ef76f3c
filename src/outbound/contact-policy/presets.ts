// The presets live in the domain-level src/compliance (callback imports them too).
export { presets } from '../../compliance/presets.js';
