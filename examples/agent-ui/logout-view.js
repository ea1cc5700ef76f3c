// The negotiated-logout panel: the real dialdesk logout machine, driven by a timer loop in the page.
import * as logout from '../../dist/logout/index.js';

const $ = (id) => document.getElementById(id);

/** The header's status icon for each status of the logout machine. */
const HEADER = {
  'logged-in': '● Ready',
  'awaiting-authorization': '◐ Logging out: awaiting authorization',
  authorized: '◐ Logoff authorized',
  'logged-out': '○ Logged out',
};

export function mountLogout() {
  let state = logout.machine.start({ at: Date.now(), campaign: { mode: 'predictive', running: true } }).state;
  let wake;
  let pendingRequest = null;

  function deliver(event) {
    const step = logout.machine.transition(state, event);
    if (!step.ok) {
      console.warn('logout refused', event.type, step.error.code);
      return;
    }
    state = step.state;
    for (const effect of step.effects) {
      if (effect.type === 'wake') {
        clearTimeout(wake);
        wake = setTimeout(() => deliver({ type: 'tick', at: Date.now() }), Math.max(0, effect.at - Date.now()));
      } else if (effect.type === 'send-request' && effect.request.kind === 'logout') {
        pendingRequest = effect.request.requestId;
      }
      // show-message / hide-message effects are for hosts that own a separate message window; this page
      // draws the message from the state instead (it is on screen while `request.message` is 'shown').
    }
    render();
  }

  function render() {
    const now = Date.now();
    $('logout-status').textContent = state.status;
    $('logout-message').hidden = state.request?.message !== 'shown';
    $('logout-countdown').textContent = logout.countdownLabel(state, now) ?? '';
    $('status-icon').title = logout.statusTooltip(state, now) ?? '';
    $('status-icon').textContent = HEADER[state.status] ?? state.status;
    $('status-icon').dataset.status = state.status;
    $('my-messages').replaceChildren(
      ...logout.messages(state, now).map((m) => {
        const li = document.createElement('li');
        li.textContent = m.text;
        return li;
      }),
    );
    $('logged-out').hidden = state.status !== 'logged-out' && state.status !== 'authorized';
  }

  $('receive-interaction').addEventListener('click', () => deliver({ type: 'interaction-started', at: Date.now() }));
  $('logout-main').addEventListener('click', () => deliver({ type: 'logout-requested', at: Date.now(), source: 'main-window' }));
  $('logout-dismiss').addEventListener('click', () => deliver({ type: 'message-dismissed', at: Date.now() }));
  $('server-authorize').addEventListener('click', () => {
    if (pendingRequest !== null) deliver({ type: 'request-acknowledged', at: Date.now(), requestId: pendingRequest });
  });
  // The countdown is a selector of (state, at): re-render a few times a second.
  setInterval(render, 250);
  render();
}
