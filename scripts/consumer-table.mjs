// The names the consumer test (scripts/consumer.mjs) reaches through the installed package, per subpath.
// When a name is renamed or moved, change it here: this is the only list. `values` must exist at run
// time (ESM and CommonJS) and type-check; `types` must type-check and not be `any`; a dotted name goes
// through a nested namespace (`reschedule.RescheduleEvent` is `outbound.reschedule.RescheduleEvent`).
// `machines` names one state, event and effect type of every machine: each is checked as a type too.
// `smoke` runs once per subpath and module system and must return true.

/** @type {Record<string, { peer?: string, values: string[], types: string[], smoke?: (m: any, peer?: any) => boolean }>} */
export const subpaths = {
  '.': {
    values: ['core.ok', 'core.maxInstant', 'logout.machine', 'time.resolve', 'callback.dialog.machine', 'callback.lifecycle.machine', 'webcallback.machine', 'outbound.campaigns.machine', 'outbound.interaction.machine', 'outbound.reschedule.machine', 'outbound.pacing.machine', 'outbound.sim.simulate', 'outbound.contactPolicy.check', 'genesys.zone', 'genesys.ocs.machine', 'genesys.gms.bridge'],
    types: ['Step<{ n: number }, never>', 'Rejection<"x">', 'Result<number, "x">', 'WakeEffect', 'TickEvent', 'Machine<unknown, unknown, unknown, unknown, string>', 'outbound.reschedule.RescheduleEvent', 'outbound.pacing.PacingState', 'time.LocalDate'],
    smoke: (m) => m.logout.machine.start({ at: 0, campaign: { mode: 'predictive', running: true } }).ok === true && m.genesys.zone('EST').ok === true,
  },
  logout: {
    values: ['machine', 'countdownLabel', 'statusTooltip', 'messages', 'logoutCodes', 'logoutEventTypes', 'defaultMaxDelayMs'],
    types: ['LogoutInput', 'LogoutCode', 'LogoutRequestedEvent', 'LogOutEffect', 'SendRequestEffect', 'RequestAcknowledgedEvent', 'LogoutCampaign'],
    smoke: (m) => m.countdownLabel(m.machine.start({ at: 0, campaign: { mode: 'preview', running: false } }).state, 0) !== undefined,
  },
  time: {
    values: ['zone', 'resolve', 'local', 'day', 'parseDate', 'parseTime', 'addDays', 'formatRange', 'intersectWindows', 'callingHoursPresets', 'isAllowed', 'transitions', 'weekdays'],
    types: ['LocalDate', 'LocalTime', 'ZoneName', 'DstPolicy', 'WallTime', 'Resolved', 'DailyWindow', 'CallingHoursRule', 'TimeCode', 'Interval'],
    smoke: (m) => m.zone('asia/calcutta').value === 'Asia/Kolkata',
  },
  callback: {
    values: ['availability', 'grid', 'gridDays', 'parseAvailabilityConfig', 'parseEngagementAvailability', 'parseGmsAvailability', 'dialog.machine', 'dialog.grid', 'dialog.calendar', 'dialog.commitButton', 'lifecycle.machine', 'lifecycle.actions', 'bucketSizes', 'callbackKinds'],
    types: ['Slot', 'AvailabilityConfig', 'Grid', 'GridCell', 'dialog.DialogInput', 'dialog.CallbackRequest', 'lifecycle.LifecycleInput', 'CallbackCode', 'dialog.DialogCode', 'lifecycle.LifecycleCode', 'CallbackKind'],
    smoke: (m) => Array.isArray(m.bucketSizes),
  },
  webcallback: {
    values: ['machine', 'button', 'commitButton', 'fields', 'clock', 'clockFace', 'calendar', 'validateDraft', 'parseConfig', 'defaultConfig'],
    types: ['WebCallbackInput', 'WebCallbackConfig', 'OpenEvent', 'SendRequestEffect', 'WebCallbackRequest', 'CallbackDeliveredEvent', 'CommitButton', 'WebCallbackCode'],
    smoke: (m) => typeof m.machine.start === 'function' && m.machine.id === 'webcallback',
  },
  outbound: {
    values: [
      'dialingModes', 'cfgDialModes', 'records.parseRecord', 'records.recordTypes', 'records.callResults', 'records.chainOf', 'campaigns.machine', 'campaigns.myCampaigns',
      'interaction.machine', 'interaction.interactionCodes', 'interaction.recordActions', 'interaction.previewCapacity', 'interaction.autoDialCountdown',
      'treatments.parseTreatments', 'treatments.nextAttempt', 'treatments.attemptSchedule', 'contactPolicy.presets', 'contactPolicy.check',
      'reschedule.machine', 'reschedule.button', 'reschedule.commitButton', 'reschedule.calendar', 'reschedule.normalizePhone', 'chainNumberOf', 'reschedule.personalCheckBoxFor',
      'pacing.machine', 'pacing.decide', 'pacing.agents', 'pacing.calls', 'pacing.abandonment', 'pacing.emptyLedger', 'pacing.recordChecked', 'pacing.checkCompliance', 'pacing.abandonRules',
      'sim.simulate', 'sim.defaultScenario', 'sim.parseScenario',
    ],
    types: [
      'records.OutboundRecord', 'DialingMode', 'records.CallResult', 'interaction.InteractionConfig', 'interaction.InteractionCode', 'RescheduleRequest', 'ChainNumber', 'CallbackType', 'treatments.Treatment',
      'reschedule.RescheduleInput', 'reschedule.ShowMonthEvent', 'reschedule.RescheduleCode', 'reschedule.ContactType',
      'pacing.PacingConfig', 'pacing.PacingInput', 'pacing.PacingCode', 'pacing.AbandonLedger', 'pacing.Decision', 'pacing.AgentsByStatus', 'pacing.CallsInProgress', 'pacing.Abandonment',
      'sim.Scenario', 'sim.SimReport', 'sim.RunOptions',
    ],
    smoke: (m) => m.sim.defaultScenario().agents > 0 && m.campaigns.machine.id === 'outbound.campaigns' && m.interaction.machine.id === 'outbound.interaction' && m.reschedule.machine.id === 'outbound.reschedule',
  },
  genesys: {
    values: ['zone', 'genesysZones', 'workspaceOptions', 'ocs.decodeEvent', 'ocs.encodeRequest', 'ocs.machine', 'gws.restCall', 'gws.decodeNotification', 'gms.buildRequest', 'gms.decodeAnswer', 'gms.bridge'],
    types: ['ZoneCode', 'ocs.BridgeState', 'ocs.OcsMessage', 'gms.BridgeState', 'gms.HttpRequest'],
    smoke: (m) => m.zone('EST').value === 'America/New_York' && m.ocs.machine.id.length > 0,
  },
  testing: {
    values: ['run', 'runUntil', 'advance', 'pendingWake', 'checkJsonRoundTrip', 'assertJsonRoundTrip', 'isDeeplyFrozen', 'trickyZones', 'checkMachineLaws', 'assertMachineLaws'],
    types: ['Run<unknown, unknown, unknown>', 'RunStep<unknown, unknown, unknown>', 'RoundTripReport'],
    smoke: (m) => m.checkJsonRoundTrip({ a: [1] }).ok === true && m.trickyZones.length > 0,
  },
  'testing/arbitraries': {
    peer: 'fast-check',
    values: ['machines', 'trickyZone', 'anyZone', 'localDate', 'localTime', 'wallTime', 'instant', 'businessHours', 'untrustedBusinessHours', 'engagementAvailability', 'gmsAvailability', 'outboundRecordData', 'outboundChain', 'ocsUserEvent', 'acceptedEvents', 'logoutSequence', 'callbackDialogSequence', 'callbackLifecycleSequence', 'webcallbackSequence', 'campaignsSequence', 'interactionSequence', 'rescheduleSequence', 'pacingSequence', 'ocsBridgeSequence', 'gmsBridgeSequence'],
    types: ['DateRange', 'BusinessHoursOptions', 'RecordData', 'EventSequence<unknown, unknown>', 'SequenceOptions', 'MachineEntry<unknown, unknown, unknown, unknown, string>'],
    smoke: (m, fc) => fc.sample(m.wallTime(), 3).length === 3 && fc.sample(m.logoutSequence(), 1).length === 1,
  },
};

/** One state, event and effect type of every machine, as `subpath: name`. */
export const machines = {
  logout: ['logout', 'LogoutState', 'LogoutEvent', 'LogoutEffect'],
  'callback.dialog': ['callback', 'dialog.DialogState', 'dialog.DialogEvent', 'dialog.DialogEffect'],
  'callback.lifecycle': ['callback', 'lifecycle.LifecycleState', 'lifecycle.LifecycleEvent', 'lifecycle.LifecycleEffect'],
  webcallback: ['webcallback', 'WebCallbackState', 'WebCallbackEvent', 'WebCallbackEffect'],
  'outbound.campaigns': ['outbound', 'campaigns.CampaignsState', 'campaigns.CampaignsEvent', 'campaigns.CampaignsEffect'],
  'genesys.ocs': ['genesys', 'ocs.BridgeState', 'ocs.BridgeEvent', 'ocs.BridgeEffect'],
  'genesys.gms': ['genesys', 'gms.BridgeState', 'gms.BridgeEvent', 'gms.BridgeEffect'],
  'outbound.interaction': ['outbound', 'interaction.InteractionState', 'interaction.InteractionEvent', 'interaction.InteractionEffect'],
  'outbound.reschedule': ['outbound', 'reschedule.RescheduleState', 'reschedule.RescheduleEvent', 'reschedule.RescheduleEffect'],
  'outbound.pacing': ['outbound', 'pacing.PacingState', 'pacing.PacingEvent', 'pacing.PacingEffect'],
};
