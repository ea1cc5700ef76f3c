import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// One name per idea across the package (issue 15): walks the public surface (the root `dialdesk` and
// its namespaces recursively, plus `dialdesk/testing` and `dialdesk/testing/arbitraries`) with the
// compiler API and fails when one leaf name is exported from two places, whether for two different
// things or for the same thing twice, unless the name is in ALLOWED with its reason.
const root = fileURLToPath(new URL('../../', import.meta.url));
const entries: Record<string, string> = {
  dialdesk: 'src/index.ts',
  'dialdesk/testing': 'src/testing/index.ts',
  'dialdesk/testing/arbitraries': 'src/testing/arbitraries/index.ts',
};

/** Names that are deliberately per area: the same idea under the same name in each, one line why. */
const ALLOWED: Readonly<Record<string, string>> = {
  // The root's shortcuts to the contract types: `import type { Step } from 'dialdesk'`.
  Step: 'root shortcut to core.Step',
  Started: 'root shortcut to core.Started',
  Rejection: 'root shortcut to core.Rejection',
  Result: 'root shortcut to core.Result',
  WakeEffect: 'root shortcut to core.WakeEffect',
  TickEvent: 'root shortcut to core.TickEvent',
  Machine: 'root shortcut to core.Machine',
  FieldError: 'root shortcut to core.FieldError',
  // The contract: every machine is `machine` in its own namespace (DESIGN §2).
  machine: 'each area exports its machine as `machine`',
  codes: 'the runtime list of an area’s codes, per area',
  // Selectors of the form machines, one name per idea, each over its own state (lead’s naming decisions).
  button: 'the Reschedule/Rescheduled toggle selector of each reschedule view',
  calendar: 'the month picker selector of each form machine (each returns time.MonthPicker)',
  CalendarOptions: 'the options of each form machine’s calendar selector',
  commitButton: 'the commit action’s readiness selector of each form machine',
  CommitButton: 'its area-specific shape (the lead allowed per-area shapes)',
  fields: 'the field view selector of each form machine',
  FieldsView: 'its area-specific shape',
  grid: 'callback.dialog.grid is the selector form of callback.grid for the dialog’s chosen date',
  // The shared vocabulary (DESIGN §2): the same event or effect in each machine, over its own requests.
  SendRequestEffect: 'the one server-talk effect, typed by each machine’s own request',
  RequestAcknowledgedEvent: 'the one reply event, per machine',
  RequestFailedEvent: 'the one failure reply event, per machine',
  PendingRequest: 'the request a machine awaits an answer to, kept in its own state',
  SetRescheduleEvent: 'the same Reschedule check-box event in both reschedule views',
  ShowMonthEvent: 'the one month-picker event (`show-month`) in each form machine',
  StepTimeEvent: 'the same time-stepper event in both reschedule views',
  DoneEvent: 'the same Done event in both reschedule views',
  // Per-machine inputs of the same idea: the callback dialog also carries the contact's zone.
  ContactPolicyInput: 'the contact policy a form machine takes, per machine',
  CheckedContactPolicy: 'that policy once checked, per machine',
  // Issue 17 names it: a Genesys Time Zone object name to an IANA zone (time.zone checks an IANA name).
  zone: 'genesys.zone (issue 17 fixes the name) beside time.zone: two questions, each in its own area',
  // The Genesys adapters' bridge machines, one per server.
  BridgeInput: 'each Genesys bridge’s input (ocs, gms)',
  BridgeState: 'each Genesys bridge’s state',
  BridgeEvent: 'each Genesys bridge’s events',
  BridgeEffect: 'each Genesys bridge’s effects',
};

interface Leaf {
  readonly path: string;
  readonly name: string;
  readonly target: string;
}

function surface(): Leaf[] {
  const program = ts.createProgram(
    Object.values(entries).map((e) => `${root}${e}`),
    { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const resolved = (s: ts.Symbol): ts.Symbol => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const identity = (s: ts.Symbol): string => {
    const d = s.declarations?.[0];
    return d === undefined ? s.name : `${d.getSourceFile().fileName.slice(root.length)}:${d.pos}:${s.name}`;
  };
  const leaves: Leaf[] = [];
  const walk = (module: ts.Symbol, path: string, seen: ReadonlySet<ts.Symbol>): void => {
    for (const exported of checker.getExportsOfModule(module)) {
      const target = resolved(exported);
      const at = `${path}.${exported.name}`;
      const isNamespace = (target.flags & ts.SymbolFlags.ValueModule) !== 0 && (target.declarations ?? []).some(ts.isSourceFile);
      if (isNamespace) {
        if (!seen.has(target)) walk(target, at, new Set([...seen, target]));
      } else leaves.push({ path: at, name: exported.name, target: identity(target) });
    }
  };
  for (const [name, file] of Object.entries(entries)) {
    const source = program.getSourceFile(`${root}${file}`);
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`no module symbol for ${file}`);
    walk(module, name, new Set([module]));
  }
  return leaves;
}

describe('public names', () => {
  const leaves = surface();
  const byName = new Map<string, Leaf[]>();
  for (const l of leaves) byName.set(l.name, [...(byName.get(l.name) ?? []), l]);

  it('walks the whole surface (every area, nested namespaces included)', () => {
    const paths = new Set(leaves.map((l) => l.path));
    for (const p of ['dialdesk.logout.machine', 'dialdesk.outbound.pacing.machine', 'dialdesk.callback.dialog.machine', 'dialdesk/testing.checkMachineLaws', 'dialdesk.core.maxInstant']) {
      expect(paths).toContain(p);
    }
    expect(leaves.length).toBeGreaterThan(500);
  });

  it('exports each leaf name from one place, apart from the allow-listed per-area names', () => {
    const repeated = [...byName]
      .filter(([name, ls]) => ls.length > 1 && !(name in ALLOWED))
      .map(([name, ls]) => `${name}: ${ls.map((l) => l.path).join(', ')}${new Set(ls.map((l) => l.target)).size > 1 ? ' (different things)' : ' (the same thing twice)'}`);
    expect(repeated).toEqual([]);
  });

  it('allows only names that are really repeated (a stale allow-list entry fails)', () => {
    const stale = Object.keys(ALLOWED).filter((name) => (byName.get(name)?.length ?? 0) < 2);
    expect(stale).toEqual([]);
  });
});
