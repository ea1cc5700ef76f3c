/**
 * `genesys.gms`: the Genesys Callback over GMS adapter. Request builders for every callback operation a
 * desktop makes (availability v1/v2 and Engagement v3, create, reschedule, cancel, query state), decoders of
 * the answers into the callback dialog's and lifecycle's events (the server's errors as typed refusals), and
 * the bridge machine that correlates requests and answers by id and fails a request at its deadline.
 * The GMS wire strings (`_customer_number`, `COMPLETED`, ...) live only here.
 *
 * @module
 */
export { apiVersions, type ApiVersion, type GmsService } from './service.js';
export { operations, formBody, type Operation, type HttpRequest } from './request.js';
export { codes, type GmsCode } from './codes.js';
export { buildRequest, type OutgoingEffect, type QueryStateEffect } from './build.js';
export { decodeError } from './errors.js';
export { decodeAnswer, decodeState, type SentRequest, type Delivery } from './decode.js';
export { bridge, type BridgeInput, type BridgeState, type BridgeEvent, type BridgeEffect } from './bridge.js';
