// The Genesys "Reschedule Callback" view: callback type, time zone, calendar and slot grid, committed
// by a click outside the view. Driven by the real dialdesk callback dialog machine.
import * as callback from '../../dist/callback/index.js';
import { loadAvailability, nextAvailableDay } from './fake-server.js';

/** The words the grid shows for each reason a slot cannot be chosen. */
const REASONS = { past: 'past', 'time-too-soon': 'too soon', closed: 'closed', full: 'full', 'beyond-horizon': 'beyond horizon' };

const $ = (id) => document.getElementById(id);
const locale = 'en-US';

/** An instant as the date and time on the wall in `zone`, for example `Thu, Nov 26, 3:15 PM`. */
function localDateTime(at, zone) {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at);
}

/** A local date `YYYY-MM-DD` as `Wed, Nov 25`. */
function dayLabel(date) {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' }).format(Date.UTC(y, m - 1, d));
}

export function mountCallback() {
  let state = null;

  function apply(step) {
    if (!step.ok) {
      $('cb-why').textContent = `${step.error.code}: ${step.error.message}`;
      render();
      return;
    }
    state = step.state;
    $('cb-why').textContent = '';
    for (const effect of step.effects) {
      if (effect.type === 'send-request' && effect.request.kind === 'availability') {
        void loadAvailability(effect.request, Date.now()).then((event) => deliver(event));
      } else if (effect.type === 'send-request') {
        const request = effect.request;
        const when = request.desiredAt === null ? 'as soon as possible' : localDateTime(request.desiredAt, request.zone);
        $('cb-result').textContent = `Rescheduled ${request.callbackId ?? ''} for ${when} (${request.zone.replace('_', ' ')} time)`;
        $('cb-result').dataset.at = String(request.desiredAt);
        // The server accepts the request.
        void Promise.resolve().then(() => deliver({ type: 'request-acknowledged', at: Date.now(), requestId: request.requestId }));
      } else if (effect.type === 'close') {
        $('cb-reschedule').checked = false;
      }
    }
    render();
  }

  function deliver(event) {
    if (state !== null) apply(callback.dialog.machine.transition(state, event));
  }

  function open() {
    const now = Date.now();
    apply(
      callback.dialog.machine.start({
        at: now,
        origin: { kind: 'reschedule', callbackId: 'cb-1042', desiredAt: null },
        types: [
          { id: 'scheduled', label: 'Scheduled', kind: 'scheduled' },
          { id: 'immediate', label: 'Immediate', kind: 'immediate' },
        ],
        zones: ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata'],
        defaultZone: 'America/New_York',
        numbers: ['+12125550143'],
      }),
    );
    // The view opens with its Reschedule Callback check box clear; the page's box was just ticked.
    deliver({ type: 'set-reschedule', at: now, checked: true });
  }

  function renderSelect(select, options, value) {
    select.replaceChildren(
      ...options.map(([v, label]) => {
        const o = document.createElement('option');
        o.value = v;
        o.textContent = label;
        o.selected = v === value;
        return o;
      }),
    );
  }

  function render() {
    const openView = state !== null && state.phase !== 'closed' && $('cb-reschedule').checked;
    $('cb-panel').hidden = !openView;
    if (!openView) return;
    const now = Date.now();
    renderSelect($('cb-type'), state.types.map((t) => [t.id, t.label]), state.typeId);
    renderSelect($('cb-zone'), state.zones.map((z) => [z, z.replace('_', ' ')]), state.zone);
    const picker = callback.dialog.calendar(state, now, { weekStartsOn: 'sun', locale });
    if (picker.ok) {
      const calendar = picker.value.grid;
      $('cb-month').textContent = picker.value.title ?? '';
      $('cb-prev').disabled = picker.value.previous === null;
      $('cb-next').disabled = picker.value.next === null;
      const head = document.createElement('tr');
      head.replaceChildren(...calendar.columns.map((c) => Object.assign(document.createElement('th'), { textContent: c.slice(0, 2) })));
      const rows = calendar.weeks.map((week) => {
        const tr = document.createElement('tr');
        tr.replaceChildren(
          ...week.map((cell) => {
            const td = document.createElement('td');
            const b = document.createElement('button');
            b.textContent = String(cell.day);
            b.dataset.date = cell.date;
            b.disabled = !cell.selectable;
            b.className = [cell.inMonth ? '' : 'out', cell.isToday ? 'today' : '', cell.date === state.date ? 'selected' : ''].join(' ');
            b.addEventListener('click', () => deliver({ type: 'choose-date', at: Date.now(), date: cell.date }));
            td.append(b);
            return td;
          }),
        );
        return tr;
      });
      $('cb-calendar').replaceChildren(head, ...rows);
    }
    const grid = callback.dialog.grid(state, now, locale);
    $('cb-slots').replaceChildren(
      ...(grid === null
        ? [Object.assign(document.createElement('p'), { textContent: state.availability.status === 'failed' ? 'Could not load the schedule.' : 'Loading…' })]
        : grid.cells.map((cell) => {
            const b = document.createElement('button');
            const chosen = state.chosen !== null && state.chosen.start === cell.start;
            b.className = `slot ${cell.available ? 'available' : `unavailable ${cell.reason}`}${chosen ? ' chosen' : ''}`;
            const time = document.createElement('span');
            time.textContent = cell.label;
            b.append(time);
            if (!cell.available) {
              const why = document.createElement('small');
              why.className = 'reason';
              why.textContent = REASONS[cell.reason] ?? cell.reason;
              b.append(why);
            }
            b.title = cell.available ? cell.label : `${cell.label}: ${REASONS[cell.reason] ?? cell.reason}`;
            b.dataset.start = String(cell.start);
            b.dataset.reason = cell.reason ?? '';
            b.disabled = !cell.available;
            b.addEventListener('click', () => deliver({ type: 'choose-slot', at: Date.now(), start: cell.start }));
            return b;
          })),
    );
    // A day with nothing free says why, and when the next free day is.
    const none = grid !== null && !grid.cells.some((c) => c.available);
    $('cb-none').hidden = !none;
    if (none) {
      const reasons = Object.keys(REASONS).filter((r) => grid.cells.some((c) => c.reason === r)).map((r) => REASONS[r]).join(', ');
      const next = nextAvailableDay(state.date, state.zone, now);
      $('cb-none-text').textContent = `No free slot on ${dayLabel(state.date)} (${reasons}). ${next === null ? 'No free day within the booking horizon.' : `Next available day: ${dayLabel(next)}.`}`;
      $('cb-next-day').hidden = next === null;
      $('cb-next-day').dataset.date = next ?? '';
    }
  }

  $('cb-reschedule').addEventListener('change', (e) => {
    if (e.target.checked) open();
    else {
      // Clearing the box abandons the choices.
      deliver({ type: 'set-reschedule', at: Date.now(), checked: false });
      render();
    }
  });
  $('cb-type').addEventListener('change', (e) => deliver({ type: 'choose-type', at: Date.now(), typeId: e.target.value }));
  $('cb-zone').addEventListener('change', (e) => deliver({ type: 'choose-zone', at: Date.now(), zone: e.target.value }));
  function showMonth(arrow) {
    const picker = callback.dialog.calendar(state, Date.now());
    const month = picker.ok ? picker.value[arrow] : null;
    if (month !== null) deliver({ type: 'show-month', at: Date.now(), year: month.year, month: month.month });
  }
  $('cb-prev').addEventListener('click', () => showMonth('previous'));
  $('cb-next-day').addEventListener('click', (e) => {
    const date = e.currentTarget.dataset.date;
    if (date) deliver({ type: 'choose-date', at: Date.now(), date });
  });
  $('cb-next').addEventListener('click', () => showMonth('next'));
  // "Click outside the view to commit the callback."
  document.addEventListener('click', (e) => {
    // composedPath() is fixed when the click starts, so a button re-rendered by its own handler still counts as inside.
    if (state !== null && state.phase === 'selecting' && $('cb-reschedule').checked && !e.composedPath().includes($('callback-view'))) {
      deliver({ type: 'dismissed', at: Date.now() });
    }
  });
  render();
}
