/**
 * `genesys.gws`: the same requests as Web Services (GWS 8.5) Outbound API REST calls, and the CometD
 * outbound notifications decoded to the same typed messages as `genesys.ocs`, so a web desktop on GWS
 * drives the same bridge (`genesys.ocs.machine`, event `cometd`).
 *
 * @module
 */
export { restCall, type RestCall, type RestContext, type RestCode } from './rest.js';
export { decodeNotification } from './notifications.js';
