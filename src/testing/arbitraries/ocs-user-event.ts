import fc from 'fast-check';
import { genesysZones } from '../../genesys/zones.js';
import { requestTypes, userEvents, wireKeys } from '../../genesys/ocs/keys.js';
import { outboundRecordData } from './outbound-record.js';

/**
 * User-event data as OCS sends a desktop (Outbound Contact Reference Manual, "Communication
 * Protocols"): a preview, chained or scheduled record (its `GSW_TZ_NAME` a default Genesys Time Zone
 * object), the chain's end marker, an acknowledgement, an error, or a campaign notice, each with
 * `GSW_REFERENCE_ID` and values as strings or numbers. `genesys.ocs.decodeEvent` reads every one.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { genesys } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(fc.property(arbitraries.ocsUserEvent(), (data) => genesys.ocs.decodeEvent(data).ok));
 * ```
 */
export function ocsUserEvent(): fc.Arbitrary<Readonly<Record<string, string | number>>> {
  const ref = fc.integer({ min: 1, max: 1_000_000 });
  const handle = fc.integer({ min: 1, max: 1_000_000_000 });
  const zones = fc.constantFrom(...genesysZones.map((r) => r.name));
  const record = fc
    .tuple(outboundRecordData({ zones }), fc.constantFrom(userEvents.previewRecord, userEvents.chainedRecord, userEvents.scheduledCall), ref)
    .map(([data, event, r]) => ({ ...data, [wireKeys.userEvent]: event, [wireKeys.referenceId]: r }));
  const acks = Object.entries(userEvents).filter(([k]) => k.endsWith('Ack')).map(([, v]) => v);
  const ack = fc.tuple(fc.constantFrom(...acks), ref, handle).map(([event, r, h]) => ({ [wireKeys.userEvent]: event, [wireKeys.referenceId]: r, [wireKeys.recordHandle]: h }));
  const end = fc.tuple(ref, handle).map(([r, h]) => ({ [wireKeys.userEvent]: userEvents.chainEnd, [wireKeys.referenceId]: r, [wireKeys.recordHandle]: h }));
  const error = fc.tuple(ref, fc.string({ minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 999 })).map(([r, text, n]) => ({ [wireKeys.referenceId]: r, [wireKeys.error]: text, [wireKeys.errorNumber]: n }));
  const campaign = fc
    .tuple(
      fc.constantFrom(userEvents.campaignLoaded, userEvents.campaignStarted, userEvents.campaignStopped, userEvents.campaignUnloaded, userEvents.campaignModeChanged),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,15}$/),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,15}$/),
      fc.constantFrom('Preview', 'Progressive', 'Predictive'),
    )
    .map(([event, name, group, mode]) => ({ [wireKeys.userEvent]: event, [wireKeys.campaignName]: name, [wireKeys.campaignGroupName]: `${name}@${group}`, [wireKeys.campaignMode]: mode }));
  return fc.oneof(record, ack, end, error, campaign);
}

/**
 * Hostile user-event data: valid {@link ocsUserEvent} data with a key set to a value of the wrong
 * kind or size, random keys (prototype names included) with any values, lists of pairs, and things
 * that are not key-value data at all. `genesys.ocs.decodeEvent` must never throw on it.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { genesys } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(fc.property(arbitraries.untrustedOcsUserEvent(), (data) => { genesys.ocs.decodeEvent(data); }));
 * ```
 */
export function untrustedOcsUserEvent(): fc.Arbitrary<unknown> {
  const keys = fc.constantFrom(...Object.values(wireKeys), 'GSW_CHAIN_ID', 'GSW_PHONE', 'GSW_TZ_NAME', 'GSW_FROM', '__proto__', 'constructor', 'toString');
  const badValue = fc.oneof(
    fc.anything(),
    fc.constantFrom<unknown>(-1, 1.5, Number.NaN, Infinity, '', ' ', '1e9', '99999999999999999999', 'x'.repeat(10_000), null, [], {}, true),
    fc.constantFrom<unknown>(...Object.values(userEvents), ...Object.values(requestTypes), 'EST', 'Mars/Base'),
  );
  const corrupted = fc.tuple(ocsUserEvent(), keys, badValue).map(([data, key, value]) => ({ ...data, [key]: value }));
  const random = fc.dictionary(fc.oneof(keys, fc.string()), badValue, { maxKeys: 12 });
  const pairs = fc.array(fc.oneof(fc.tuple(fc.oneof(keys, fc.string()), badValue), fc.record({ key: keys, value: badValue }), fc.anything()), { maxLength: 8 });
  return fc.oneof(corrupted, random, pairs, fc.anything());
}
