/**
 * The negotiated-logout behaviour of `dialdesk/logout`, written as an XState v5 machine, for the
 * benchmark. It has the same states, context and effects (emitted as `xstate.emit` actions) and is
 * driven through XState's pure `transition()`: no actor, no clock, time arrives in the events.
 *
 * What it leaves out (none of it occurs in the benchmark's event mix): the validation of untrusted
 * events (XState ignores an event no transition takes instead of refusing it with a code), the
 * `requestId` check on server answers, and acting on a passed deadline when an event other than
 * `tick` or `logout-delay` arrives late.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as XState from 'xstate';
import type { AnyMachineSnapshot } from 'xstate';
import type { logout } from '../src/index.js';
import { requiresNegotiatedLogout } from '../src/core/internal.js';

/**
 * XState's production build. Vitest runs Node with `--conditions development`, which would select
 * XState's development build (extra checks and warnings) and make the comparison unfair to XState.
 */
const require = createRequire(import.meta.url);
const xstateDir = dirname(require.resolve('xstate/package.json'));
const { enqueueActions, initialTransition, setup, transition } = require(join(xstateDir, 'dist/xstate.cjs.js')) as typeof XState;

type Event = logout.LogoutEvent;
type Effect = logout.LogoutEffect;
type Request = logout.LogoutRequest;

/** The machine's context: the same fields as a dialdesk logout state, minus status and version. */
export interface XContext {
  lastAt: number;
  campaign: logout.LogoutCampaign;
  maxDelayMs: number;
  authorizeAtDeadline: boolean;
  interactions: number;
  requestCount: number;
  request: Request | null;
  loggedOutAt: number | null;
}

type Args = { context: XContext; event: Event };
type Enqueue = Parameters<Parameters<typeof enqueueActions<XContext, Event, undefined, Event, never, never, never, never, Effect>>[0]>[0]['enqueue'];

const negotiates = (c: logout.LogoutCampaign): boolean => c.running && requiresNegotiatedLogout(c.mode);
const pending = (context: XContext): Request => {
  if (context.request === null) throw new Error('no request');
  return context.request;
};
const forward = ({ context, event }: Args): boolean => event.at >= context.lastAt;
const due = (args: Args): boolean => forward(args) && args.event.at >= pending(args.context).deadline;

/** Authorizes the pending request: hides the message, and logs out now if no interaction is in progress. */
function authorize(enqueue: Enqueue, context: XContext, at: number, by: logout.LogoutAuthorizer): void {
  const request = pending(context);
  if (request.message === 'shown') enqueue.emit({ type: 'hide-message', requestId: request.id });
  const resolved: Request = {
    ...request,
    message: request.message === 'shown' ? 'hidden' : request.message,
    outcome: 'authorized',
    resolvedAt: at,
    authorizedBy: by,
  };
  enqueue.assign({ lastAt: at, request: resolved, loggedOutAt: context.interactions === 0 ? at : null });
  if (context.interactions === 0) {
    enqueue.emit({ type: 'log-out', source: request.source, requestId: request.id, authorizedBy: by });
  }
}

function expire(enqueue: Enqueue, context: XContext, at: number): void {
  const request = pending(context);
  if (request.message === 'shown') enqueue.emit({ type: 'hide-message', requestId: request.id });
  enqueue.emit({ type: 'send-request', request: { kind: 'cancel-logout', requestId: request.id } });
  const message = request.message === 'shown' ? 'hidden' : request.message;
  enqueue.assign({ lastAt: at, request: { ...request, message, outcome: 'expired', resolvedAt: at } });
}

const trackTime = enqueueActions<XContext, Event, undefined, Event, never, never, never, never, Effect>(({ enqueue, event }) => {
  enqueue.assign({ lastAt: event.at });
});

const machineSetup = setup({
  types: {
    context: {} as XContext,
    events: {} as Event,
    input: {} as XContext,
    emitted: {} as Effect,
  },
  guards: {
    forward,
    negotiates: (args: Args) => forward(args) && negotiates(args.context.campaign),
    dueAndAuthorizesNow: (args: Args) => due(args) && args.context.authorizeAtDeadline && args.context.interactions === 0,
    dueAndAuthorizes: (args: Args) => due(args) && args.context.authorizeAtDeadline,
    dueAndExpires: (args: Args) => due(args) && !args.context.authorizeAtDeadline,
    noInteraction: (args: Args) => forward(args) && args.context.interactions === 0,
    hasInteraction: (args: Args) => forward(args) && args.context.interactions > 0,
    lastInteraction: (args: Args) => forward(args) && args.context.interactions === 1,
    messageShown: (args: Args) => forward(args) && args.context.request?.message === 'shown',
    delayEndsWaitNow: (args: Args) =>
      forward(args) && args.event.type === 'logout-delay' && args.event.at + args.event.seconds * 1000 <= args.event.at,
    campaignStopsAlone: (args: Args) =>
      forward(args) && args.event.type === 'campaign-changed' && !negotiates(args.event) && args.context.interactions === 0,
    campaignStops: (args: Args) => forward(args) && args.event.type === 'campaign-changed' && !negotiates(args.event),
  },
});

const authorizeBy = (by: logout.LogoutAuthorizer) =>
  enqueueActions<XContext, Event, undefined, Event, never, never, never, never, Effect>(({ enqueue, context, event }) => {
    authorize(enqueue, context, event.at, by);
  });

const setCampaign = enqueueActions<XContext, Event, undefined, Event, never, never, never, never, Effect>(({ enqueue, event }) => {
  if (event.type === 'campaign-changed') enqueue.assign({ lastAt: event.at, campaign: { mode: event.mode, running: event.running } });
});

const campaignThenAuthorize = enqueueActions<XContext, Event, undefined, Event, never, never, never, never, Effect>(
  ({ enqueue, context, event }) => {
    if (event.type !== 'campaign-changed') return;
    enqueue.assign({ campaign: { mode: event.mode, running: event.running } });
    authorize(enqueue, context, event.at, 'campaign');
  },
);

const interactionStarted = enqueueActions<XContext, Event, undefined, Event, never, never, never, never, Effect>(
  ({ enqueue, context, event }) => {
    const request = context.request;
    if (request === null || request.outcome !== 'pending') {
      enqueue.assign({ lastAt: event.at, interactions: context.interactions + 1 });
      return;
    }
    const show = request.message === 'none';
    if (show) enqueue.emit({ type: 'show-message', message: 'awaiting-logout-authorization', requestId: request.id, deadline: request.deadline });
    enqueue.assign({
      lastAt: event.at,
      interactions: context.interactions + 1,
      request: {
        ...request,
        deliveredDuringWait: request.deliveredDuringWait + 1,
        message: show ? 'shown' : request.message,
        messageShownAt: show ? event.at : request.messageShownAt,
      },
    });
  },
);

const interactionEnded = enqueueActions<XContext, Event, undefined, Event, never, never, never, never, Effect>(
  ({ enqueue, context, event }) => {
    enqueue.assign({ lastAt: event.at, interactions: context.interactions - 1 });
  },
);

const finalLogOut = enqueueActions<XContext, Event, undefined, Event, never, never, never, never, Effect>(({ enqueue, context, event }) => {
  const request = pending(context);
  enqueue.assign({ lastAt: event.at, interactions: context.interactions - 1, loggedOutAt: event.at });
  enqueue.emit({ type: 'log-out', source: request.source, requestId: request.id, authorizedBy: request.authorizedBy });
});

/** The XState formulation of negotiated logout. */
export const logoutMachine = machineSetup.createMachine({
  id: 'logout',
  context: ({ input }) => input,
  initial: 'loggedIn',
  states: {
    loggedIn: {
      on: {
        'logout-requested': [
          {
            guard: 'negotiates',
            target: 'awaiting',
            actions: enqueueActions(({ enqueue, context, event }) => {
              if (event.type !== 'logout-requested') return;
              const count = context.requestCount + 1;
              const id = `logout-${count}`;
              const deadline = event.at + context.maxDelayMs;
              const receiving = context.interactions > 0;
              enqueue.emit({ type: 'send-request', request: { kind: 'logout', requestId: id, source: event.source } });
              if (receiving) enqueue.emit({ type: 'show-message', message: 'awaiting-logout-authorization', requestId: id, deadline });
              enqueue.emit({ type: 'wake', at: deadline });
              enqueue.assign({
                lastAt: event.at,
                requestCount: count,
                request: {
                  id,
                  source: event.source,
                  requestedAt: event.at,
                  deadline,
                  deadlineSetBy: 'configuration',
                  deliveredDuringWait: 0,
                  message: receiving ? 'shown' : 'none',
                  messageShownAt: receiving ? event.at : null,
                  outcome: 'pending',
                  resolvedAt: null,
                  authorizedBy: null,
                  failure: null,
                },
              });
            }),
          },
          {
            guard: 'forward',
            target: 'loggedOut',
            actions: enqueueActions(({ enqueue, event }) => {
              if (event.type !== 'logout-requested') return;
              enqueue.emit({ type: 'log-out', source: event.source, requestId: null, authorizedBy: null });
              enqueue.assign({ lastAt: event.at, loggedOutAt: event.at });
            }),
          },
        ],
        tick: { guard: 'forward', actions: trackTime },
        'interaction-started': { guard: 'forward', actions: interactionStarted },
        'interaction-ended': { guard: 'hasInteraction', actions: interactionEnded },
        'campaign-changed': { guard: 'forward', actions: setCampaign },
      },
    },
    awaiting: {
      on: {
        tick: [
          { guard: 'dueAndAuthorizesNow', target: 'loggedOut', actions: authorizeBy('deadline') },
          { guard: 'dueAndAuthorizes', target: 'authorized', actions: authorizeBy('deadline') },
          {
            guard: 'dueAndExpires',
            target: 'loggedIn',
            actions: enqueueActions(({ enqueue, context, event }) => expire(enqueue, context, event.at)),
          },
          {
            guard: 'forward',
            actions: enqueueActions(({ enqueue, context, event }) => {
              enqueue.emit({ type: 'wake', at: pending(context).deadline });
              enqueue.assign({ lastAt: event.at });
            }),
          },
        ],
        'logout-delay': [
          {
            // A delay that ends the wait now is the deadline passing: hand it over as a tick.
            guard: 'delayEndsWaitNow',
            actions: enqueueActions(({ enqueue, context, event }) => {
              enqueue.assign({ request: { ...pending(context), deadline: event.at, deadlineSetBy: 'server' } });
              enqueue.raise({ type: 'tick', at: event.at });
            }),
          },
          {
            guard: 'forward',
            actions: enqueueActions(({ enqueue, context, event }) => {
              if (event.type !== 'logout-delay') return;
              const request = pending(context);
              const announced = event.at + event.seconds * 1000;
              if (announced < request.deadline) {
                enqueue.emit({ type: 'wake', at: announced });
                enqueue.assign({ lastAt: event.at, request: { ...request, deadline: announced, deadlineSetBy: 'server' } });
              } else {
                enqueue.assign({ lastAt: event.at });
              }
            }),
          },
        ],
        'request-acknowledged': [
          { guard: 'noInteraction', target: 'loggedOut', actions: authorizeBy('server') },
          { guard: 'forward', target: 'authorized', actions: authorizeBy('server') },
        ],
        'message-dismissed': {
          guard: 'messageShown',
          actions: enqueueActions(({ enqueue, context, event }) => {
            enqueue.assign({ lastAt: event.at, request: { ...pending(context), message: 'dismissed' } });
          }),
        },
        'interaction-started': { guard: 'forward', actions: interactionStarted },
        'interaction-ended': { guard: 'hasInteraction', actions: interactionEnded },
        'campaign-changed': [
          { guard: 'campaignStopsAlone', target: 'loggedOut', actions: campaignThenAuthorize },
          { guard: 'campaignStops', target: 'authorized', actions: campaignThenAuthorize },
          { guard: 'forward', actions: setCampaign },
        ],
      },
    },
    authorized: {
      on: {
        tick: { guard: 'forward', actions: trackTime },
        'interaction-started': { guard: 'forward', actions: interactionStarted },
        'interaction-ended': [
          { guard: 'lastInteraction', target: 'loggedOut', actions: finalLogOut },
          { guard: 'hasInteraction', actions: interactionEnded },
        ],
        'campaign-changed': { guard: 'forward', actions: setCampaign },
      },
    },
    loggedOut: { type: 'final' },
  },
});

/** The XState snapshot type of {@link logoutMachine}. */
export type XSnapshot = ReturnType<typeof initialTransition<typeof logoutMachine>>[0];

/** The first snapshot, from the same input as a dialdesk `logout.start`. */
export function xstart(input: XContext): XSnapshot {
  return initialTransition(logoutMachine, input)[0];
}

/** One pure transition: the next snapshot and the effects (the emitted events). */
export function xtransition(snapshot: XSnapshot, event: Event): { snapshot: XSnapshot; effects: Effect[] } {
  const [next, actions] = transition(logoutMachine, snapshot, event);
  const effects: Effect[] = [];
  // XState's types leave `xstate.emit` out of the executable actions, but `transition()` returns them.
  for (const action of actions as readonly { type: string; params?: unknown }[]) {
    if (action.type === 'xstate.emit') effects.push((action.params as { event: Effect }).event);
  }
  return { snapshot: next, effects };
}

/** The dialdesk status that an XState snapshot stands for. */
export function xstatus(snapshot: AnyMachineSnapshot): logout.LogoutStatus {
  const value = snapshot.value as 'loggedIn' | 'awaiting' | 'authorized' | 'loggedOut';
  return ({ loggedIn: 'logged-in', awaiting: 'awaiting-authorization', authorized: 'authorized', loggedOut: 'logged-out' } as const)[value];
}
