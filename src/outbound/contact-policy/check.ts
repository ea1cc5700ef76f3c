// The pure contact-policy check lives in the domain-level src/compliance (callback imports it too).
export * from '../../compliance/check.js';
