// The contact policy's parsers live in the domain-level src/compliance (callback imports them too).
export * from '../../compliance/parse.js';
