// An outbound preview record and its Reschedule Callback view: the real dialdesk interaction machine
// (Get Record, Dial, the call connecting) hands the record over to the real reschedule machine (date,
// time, steppers, phone, End Call, Done). A fake OCS server answers the requests.
import * as outbound from '../../dist/outbound/index.js';

const $ = (id) => document.getElementById(id);
const locale = 'en-US';
const agentZone = 'America/New_York';

/** The record the fake OCS server hands out: a contact in Chicago, callable 08:00 to 20:00 their time. */
const RECORD = {
  GSW_RECORD_HANDLE: '101',
  GSW_CHAIN_ID: '55',
  GSW_CHAIN_N: '0',
  GSW_PHONE: '+13125550100',
  GSW_PHONE_TYPE: '1',
  GSW_FROM: '28800',
  GSW_UNTIL: '72000',
  GSW_TZ_NAME: 'America/Chicago',
  GSW_CAMPAIGN_NAME: 'Renewals',
};

const config = {
  permissions: ['request-preview', 'reject', 'set-call-result', 'reschedule'],
  callResults: ['answer', 'busy', 'no-answer'],
  defaultCallResult: 'answer',
  dispositions: [],
  defaultDisposition: null,
  fields: [],
  maxPreviewRecords: 1,
};

function localDateTime(at, zone) {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at);
}

export function mountOutbound() {
  const started = outbound.interaction.machine.start({ at: Date.now(), config });
  if (!started.ok) throw new Error(started.error.message);
  let interaction = started.state;
  let reschedule = null;
  const handle = 101;

  function server(effect) {
    // The fake OCS server: a preview record for the request, the chain when asked, an acknowledgement otherwise.
    if (effect.type !== 'send-request') return;
    const { request } = effect;
    void Promise.resolve().then(() => {
      if (request.kind === 'preview-record') toInteraction({ type: 'preview-record', at: Date.now(), requestId: request.requestId, data: RECORD });
      else toInteraction({ type: 'request-acknowledged', at: Date.now(), requestId: request.requestId });
    });
  }

  function toInteraction(event) {
    const step = outbound.interaction.machine.transition(interaction, event);
    if (!step.ok) {
      $('ob-result').textContent = `${event.type} refused: ${step.error.code}`;
      render();
      return;
    }
    interaction = step.state;
    for (const effect of step.effects) {
      if (effect.type === 'reschedule-handoff') {
        const opened = outbound.reschedule.machine.start(outbound.reschedule.inputFromHandoff(effect.handoff, { agentZone, callingHours: 'us' }));
        reschedule = opened.ok ? opened.state : null;
        if (!opened.ok) $('ob-result').textContent = `reschedule refused: ${opened.error.code}`;
      } else server(effect);
    }
    render();
  }

  function toReschedule(event) {
    if (reschedule === null) return;
    const step = outbound.reschedule.machine.transition(reschedule, event);
    if (!step.ok) {
      $('ob-problems').replaceChildren(Object.assign(document.createElement('li'), { textContent: `${step.error.code}: ${step.error.message}` }));
      return;
    }
    reschedule = step.state;
    for (const effect of step.effects) {
      if (effect.type === 'hang-up') {
        // Telephony ends the call; both machines hear it.
        void Promise.resolve().then(() => {
          toInteraction({ type: 'call-ended', at: Date.now(), handle: effect.recordHandle });
          toReschedule({ type: 'call-ended', at: Date.now() });
        });
      } else if (effect.type === 'send-request') {
        const request = effect.request;
        const when = localDateTime(request.dialSchedTime * 1000, reschedule.config.contactZone);
        $('ob-result').textContent = `Sent: ${request.callbackType} callback to ${request.phone} on ${when} (${reschedule.config.contactZone.replace('_', ' ')} time, the contact's zone).`;
        void Promise.resolve().then(() => toReschedule({ type: 'request-acknowledged', at: Date.now(), requestId: request.requestId }));
      }
    }
    render();
  }

  function render() {
    const now = Date.now();
    const slot = interaction.slots.find((s) => s.record?.handle === handle);
    const record = slot?.record ?? null;
    const actions = outbound.interaction.recordActions(interaction, now, handle);
    $('ob-get').disabled = outbound.interaction.previewCapacity(interaction, now) === 0;
    $('ob-dial').disabled = !actions.dial;
    $('ob-answer').disabled = slot?.phase !== 'dialing';
    $('ob-schedule').disabled = !actions.scheduleCallback || reschedule !== null;
    $('ob-phase').textContent = slot?.phase ?? 'none';
    $('ob-record').hidden = record === null;
    if (record !== null) {
      const rows = [
        ['Phone', record.phone],
        ['Campaign', record.campaignName ?? ''],
        ['Contact zone', record.timeZone ?? ''],
        ['Contact local time', localDateTime(now, record.timeZone ?? 'UTC')],
        ['Numbers in chain', String(slot.chain.length)],
      ];
      $('ob-record').replaceChildren(
        ...rows.map(([k, v]) => {
          const tr = document.createElement('tr');
          tr.append(Object.assign(document.createElement('th'), { textContent: k }), Object.assign(document.createElement('td'), { textContent: v }));
          return tr;
        }),
      );
    }
    $('ob-panel').hidden = reschedule === null;
    if (reschedule === null) return;
    const f = outbound.reschedule.fields(reschedule, now);
    $('ob-reschedule').checked = reschedule.phase !== 'idle';
    for (const id of ['ob-date', 'ob-time', 'ob-hour-up', 'ob-minute-up', 'ob-number']) $(id).disabled = !f.editable;
    if (document.activeElement !== $('ob-date')) $('ob-date').value = f.date.text;
    if (document.activeElement !== $('ob-time')) $('ob-time').value = f.time.text;
    $('ob-number').replaceChildren(
      ...f.numbers.map((n) =>
        Object.assign(document.createElement('option'), {
          value: String(n.key),
          textContent: `${n.phone} (${n.contactType}${n.from === null ? '' : `, ${n.from}–${n.until}`})`,
          selected: n.selected,
        }),
      ),
    );
    $('ob-resolved').textContent =
      f.resolved === null
        ? 'Type a date and a time (read in New York time, the agent\u2019s zone).'
        : `${localDateTime(f.resolved.at, agentZone)} New York time = ${localDateTime(f.resolved.at, reschedule.config.contactZone)} for the contact in ${reschedule.config.contactZone.replace('_', ' ')}${f.resolved.shifted ? ' (moved: that time does not exist on that day)' : ''}.`;
    const done = outbound.reschedule.commitButton(reschedule, now);
    $('ob-done').disabled = !done.enabled;
    $('ob-end-call').disabled = slot === undefined || slot.phase !== 'connected';
    $('ob-problems').replaceChildren(...done.reasons.map((r) => Object.assign(document.createElement('li'), { textContent: r.message, className: `problem-${r.code}` })));
    if (outbound.reschedule.button(reschedule, now) === 'rescheduled') {
      $('ob-schedule').textContent = 'Rescheduled';
      $('ob-result').dataset.state = 'rescheduled';
    }
  }

  $('ob-get').addEventListener('click', () => toInteraction({ type: 'request-preview', at: Date.now() }));
  $('ob-dial').addEventListener('click', () => toInteraction({ type: 'dial', at: Date.now(), handle }));
  $('ob-answer').addEventListener('click', () => toInteraction({ type: 'call-established', at: Date.now(), handle }));
  $('ob-schedule').addEventListener('click', () => toInteraction({ type: 'schedule-callback', at: Date.now(), handle }));
  $('ob-reschedule').addEventListener('change', (e) => toReschedule({ type: 'set-reschedule', at: Date.now(), checked: e.target.checked }));
  $('ob-date').addEventListener('change', (e) => toReschedule({ type: 'type-date', at: Date.now(), text: e.target.value }));
  $('ob-time').addEventListener('change', (e) => toReschedule({ type: 'type-time', at: Date.now(), text: e.target.value }));
  $('ob-hour-up').addEventListener('click', () => toReschedule({ type: 'step-time', at: Date.now(), part: 'hour', direction: 'up' }));
  $('ob-minute-up').addEventListener('click', () => toReschedule({ type: 'step-time', at: Date.now(), part: 'minute', direction: 'up' }));
  $('ob-number').addEventListener('change', (e) => toReschedule({ type: 'choose-number', at: Date.now(), recordHandle: Number(e.target.value) }));
  $('ob-end-call').addEventListener('click', () => toReschedule({ type: 'end-call', at: Date.now() }));
  $('ob-done').addEventListener('click', () => toReschedule({ type: 'done', at: Date.now() }));
  render();
}
