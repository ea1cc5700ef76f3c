/** What the simulator schedules on its event queue (internal: the pacer sees host events, not these). */
export type SimEvent =
  | { readonly k: 'tick' }
  | { readonly k: 'resolve'; readonly call: number; readonly live: boolean; readonly result: string; readonly falsePositive: boolean }
  | { readonly k: 'abandon-check'; readonly call: number }
  | { readonly k: 'talk-end'; readonly agent: number }
  | { readonly k: 'wrap-end'; readonly agent: number }
  | { readonly k: 'break-due'; readonly agent: number }
  | { readonly k: 'break-end'; readonly agent: number }
  | { readonly k: 'staff'; readonly agents: number };
