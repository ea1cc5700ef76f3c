// The contact policy's types live in the domain-level src/compliance (callback imports them too); outbound
// keeps publishing them as `outbound.contactPolicy`.
export * from '../../compliance/types.js';
