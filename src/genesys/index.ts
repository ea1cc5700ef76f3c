/**
 * `dialdesk/genesys`: adapters to Genesys servers. (Minimal index from the `flows` branch; the `genesys`
 * branch owns this file and adds the OCS protocol adapter.)
 *
 * @module genesys
 */
export { workspaceOptions, workspaceOptionDefaults, type WorkspaceConfig, type WorkspaceOptionsCode } from './workspace-options.js';
