// The Web Callback Preview's Reschedule Callback view: On, From, Till, the clock face (drawn from
// webcallback.clock / clockFace), To, X and Done. Driven by the real dialdesk web callback machine; a
// fake server acknowledges the request and a timer delivers the `tick` a `wake` effect asks for.
import * as webcallback from '../../dist/webcallback/index.js';

const $ = (id) => document.getElementById(id);
const locale = 'en-US';
const zone = 'America/New_York';
const SVG = 'http://www.w3.org/2000/svg';

function localDateTime(at) {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at);
}

function svg(name, attributes) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, String(v));
  return e;
}

/** A point on the circle of radius `r` at `angle` degrees clockwise from 12. */
function point(angle, r) {
  const rad = (angle * Math.PI) / 180;
  return [r * Math.sin(rad), -r * Math.cos(rad)];
}

/** The clock face: 12 ticks, the From–Till arc, the hour and minute hands of From. */
function drawClock(face) {
  const parts = [svg('circle', { r: 54, fill: 'white', stroke: '#57606a', 'stroke-width': 2 })];
  for (let h = 0; h < 12; h++) {
    const [x1, y1] = point(h * 30, 46);
    const [x2, y2] = point(h * 30, 52);
    parts.push(svg('line', { x1, y1, x2, y2, stroke: '#57606a', 'stroke-width': h % 3 === 0 ? 3 : 1 }));
  }
  if (face.arc !== null) {
    const sweep = Math.min(359.9, face.arc.sweepAngle);
    const [x1, y1] = point(face.arc.startAngle, 40);
    const [x2, y2] = point(face.arc.startAngle + sweep, 40);
    parts.push(svg('path', { d: `M${x1},${y1} A40,40 0 ${sweep > 180 ? 1 : 0} 1 ${x2},${y2}`, fill: 'none', stroke: '#54aeff', 'stroke-width': 8, 'stroke-linecap': 'round', 'data-arc': `${face.arc.startAngle}+${face.arc.sweepAngle}` }));
  }
  const [hx, hy] = point(face.hourAngle, 28);
  const [mx, my] = point(face.minuteAngle, 42);
  parts.push(svg('line', { x1: 0, y1: 0, x2: hx, y2: hy, stroke: '#1d2733', 'stroke-width': 4, 'stroke-linecap': 'round', 'data-hand': 'hour', 'data-angle': face.hourAngle }));
  parts.push(svg('line', { x1: 0, y1: 0, x2: mx, y2: my, stroke: '#1d2733', 'stroke-width': 2, 'stroke-linecap': 'round', 'data-hand': 'minute', 'data-angle': face.minuteAngle }));
  parts.push(svg('circle', { r: 3, fill: '#1d2733' }));
  $('wc-clock').replaceChildren(...parts);
}

export function mountWebCallback() {
  const opened = Date.now();
  const hour = 3_600_000;
  let state = webcallback.machine.start({
    at: opened,
    zone,
    callback: { interactionId: 'wc-7', numbers: ['+12125550188', '+12125550199'], start: opened + 2 * hour, end: opened + 3 * hour },
  }).state;
  let wake;

  function deliver(event) {
    const step = webcallback.machine.transition(state, event);
    if (!step.ok) {
      $('wc-problems').replaceChildren(Object.assign(document.createElement('li'), { textContent: `${step.error.code}: ${step.error.message}` }));
      return;
    }
    state = step.state;
    for (const effect of step.effects) {
      if (effect.type === 'send-request') {
        // The server accepts the request.
        void Promise.resolve().then(() => deliver({ type: 'request-acknowledged', at: Date.now(), requestId: effect.request.requestId }));
      } else if (effect.type === 'wake') {
        clearTimeout(wake);
        wake = setTimeout(() => deliver({ type: 'tick', at: Date.now() }), Math.max(0, effect.at - Date.now()));
      } else if (effect.type === 'show-notification') {
        $('wc-notification').hidden = false;
        $('wc-notification').textContent = `Web callback wc-7 is due now: call ${state.scheduled.number}.`;
      } else if (effect.type === 'cancel-notification') {
        $('wc-notification').hidden = true;
      }
    }
    render();
  }

  function render() {
    const now = Date.now();
    $('wc-scheduled').textContent = `${localDateTime(state.scheduled.start)} – ${new Intl.DateTimeFormat(locale, { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(state.scheduled.end)} (New York time)`;
    $('wc-button').textContent = webcallback.button(state, now) === 'rescheduled' ? 'Rescheduled Callback' : 'Reschedule Callback';
    const done = webcallback.commitButton(state, now);
    $('wc-done').disabled = !done.enabled;
    $('wc-done').title = done.reason ?? '';
    $('wc-panel').hidden = !state.view.open;
    const f = webcallback.fields(state, now, { locale });
    $('wc-reschedule').checked = state.view.ticked;
    for (const id of ['wc-on', 'wc-from', 'wc-till', 'wc-to']) $(id).disabled = !f.editable;
    if (document.activeElement !== $('wc-on')) $('wc-on').value = f.on;
    if (document.activeElement !== $('wc-from')) $('wc-from').value = f.from;
    if (document.activeElement !== $('wc-till')) $('wc-till').value = f.till ?? '';
    $('wc-next-day').textContent = f.tillNextDay ? '(next day)' : '';
    $('wc-duration').textContent = `${f.fromLabel}${f.tillLabel === null ? '' : ` – ${f.tillLabel}`} · ${f.durationLabel}`;
    $('wc-to').replaceChildren(...f.numbers.map((n) => Object.assign(document.createElement('option'), { value: n, textContent: n, selected: n === f.to })));
    const face = webcallback.clock(state, now, { locale });
    if (face !== null) {
      drawClock(face);
      $('wc-clock-label').textContent = face.label;
    }
    $('wc-problems').replaceChildren(...state.view.errors.map((p) => Object.assign(document.createElement('li'), { textContent: p.message })));
    const outcome = state.outcome;
    $('wc-result').textContent =
      outcome?.status === 'acknowledged'
        ? `Rescheduled wc-7 for ${localDateTime(state.scheduled.start)} (New York time), to ${state.scheduled.number}.`
        : outcome?.status === 'failed'
          ? 'The server refused the reschedule.'
          : state.pending !== null
            ? 'Sending…'
            : '';
  }

  $('wc-button').addEventListener('click', () => deliver({ type: 'open', at: Date.now() }));
  $('wc-close').addEventListener('click', () => deliver({ type: 'close', at: Date.now() }));
  $('wc-done').addEventListener('click', () => deliver({ type: 'done', at: Date.now() }));
  $('wc-reschedule').addEventListener('change', (e) => deliver({ type: 'set-reschedule', at: Date.now(), checked: e.target.checked }));
  $('wc-on').addEventListener('change', (e) => deliver({ type: 'set-on', at: Date.now(), date: e.target.value, via: 'typed' }));
  $('wc-from').addEventListener('change', (e) => deliver({ type: 'set-from', at: Date.now(), time: e.target.value }));
  $('wc-till').addEventListener('change', (e) => deliver({ type: 'set-till', at: Date.now(), time: e.target.value }));
  $('wc-to').addEventListener('change', (e) => deliver({ type: 'set-to', at: Date.now(), number: e.target.value }));
  render();
}
