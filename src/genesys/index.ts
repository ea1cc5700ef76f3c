/**
 * `dialdesk/genesys`: adapters between dialdesk's vendor-neutral machines and Genesys servers. An
 * adapter layer above the domain areas (they never import it): Genesys time-zone objects read as
 * IANA zones ({@link ianaZone}), the Outbound Contact Server desktop protocol over T-Server user events
 * ({@link ocs}: decode, encode, and the bridge machine), and the same requests as Web Services (GWS 8.5)
 * REST calls with their CometD notifications ({@link gws}), and Genesys Callback over GMS and
 * Engagement ({@link gms}: request builders, answer decoders and a correlating bridge), and Workspace's
 * `interaction-workspace` options read into the machines' configurations ({@link workspaceOptions}).
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.ianaZone('EST'); // { ok: true, value: 'America/New_York' }
 * ```
 *
 * @module genesys
 */
export { ianaZone, type ZoneCode, type ZoneOverrides } from './zone.js';
export { genesysZones, type GenesysZoneRow } from './zones.js';
export * as ocs from './ocs/index.js';
export * as gws from './gws/index.js';
export * as gms from './gms/index.js';
export { workspaceOptions, workspaceOptionDefaults, type WorkspaceConfig, type WorkspaceOptionsCode } from './workspace-options.js';
