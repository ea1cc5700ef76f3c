import { describe, expect, it } from 'vitest';
import { apply, editing, NOW, r, type State } from './helpers.js';

const at = NOW;

function code(state: State, event: Parameters<typeof r.machine.transition>[1]): [string, unknown] {
  const step = r.machine.transition(state, event);
  if (step.ok) return ['accepted', null];
  expect(step.state).toBe(state);
  return [step.error.code, (step.error.details as { field?: unknown }).field];
}

describe('another number of the chain', () => {
  it('chooses by record handle; an unknown handle is refused', () => {
    const s = apply(editing(), { type: 'choose-number', at, recordHandle: 102 });
    expect(s.number).toBe(102);
    expect(r.fields(s, at).numbers.map((n) => [n.key, n.selected])).toEqual([
      [101, false],
      [102, true],
    ]);
    expect(code(s, { type: 'choose-number', at, recordHandle: 999 })).toEqual(['unknown-number', 'number']);
    expect(code(s, { type: 'choose-number', at, recordHandle: 'new' })).toEqual(['unknown-number', 'number']);
  });

  it('the chosen number goes into the request', () => {
    const s = apply(editing({ call: 'ended' }), { type: 'choose-number', at, recordHandle: 102 }, { type: 'type-time', at, text: '22:00' });
    expect(r.machine.transition(s, { type: 'done', at }).effects[0]).toMatchObject({ type: 'send-request', request: { kind: 'reschedule', handle: 101, phone: '617 555 0101', chainN: 1 } });
  });
});

describe('a new number', () => {
  const allowed = () => editing({ allowNewNumber: true, call: 'ended' });

  it('needs the permission', () => {
    expect(code(editing(), { type: 'open-new-number', at })).toEqual(['new-number-not-permitted', 'phone']);
    expect(r.fields(editing(), at).canAddNumber).toBe(false);
  });

  it('opens prefilled with the current number window and type mobile', () => {
    const s = apply(allowed(), { type: 'open-new-number', at });
    expect(s.form).toEqual({ phone: '', contactType: 'mobile', from: '09:00', until: '20:00' });
    const other = apply(allowed(), { type: 'choose-number', at, recordHandle: 102 }, { type: 'open-new-number', at });
    expect(other.form).toMatchObject({ from: '00:00', until: '23:59' });
  });

  it('validates phone, type, From before Until; each with its code and field', () => {
    let s = apply(allowed(), { type: 'open-new-number', at });
    expect(code(s, { type: 'confirm-new-number', at })).toEqual(['phone-empty', 'phone']);
    s = apply(s, { type: 'edit-new-number', at, field: 'phone', value: '617-555-01x9' });
    expect(code(s, { type: 'confirm-new-number', at })).toEqual(['phone-malformed', 'phone']);
    s = apply(s, { type: 'edit-new-number', at, field: 'phone', value: '(617) 555-0100' });
    expect(code(s, { type: 'confirm-new-number', at })).toEqual(['accepted', null]);
    s = apply(s, { type: 'edit-new-number', at, field: 'phone', value: '+1 617 555 0100' });
    expect(code(s, { type: 'confirm-new-number', at })).toEqual(['phone-in-chain', 'phone']);
    s = apply(s, { type: 'edit-new-number', at, field: 'phone', value: '+1 617 555 0199' });
    expect(code(s, { type: 'edit-new-number', at, field: 'contactType', value: 12 })).toEqual(['invalid-contact-type', 'contactType']);
    expect(code(s, { type: 'edit-new-number', at, field: 'contactType', value: 'none' })).toEqual(['invalid-contact-type', 'contactType']);
    expect(apply(s, { type: 'edit-new-number', at, field: 'contactType', value: 8 }).form?.contactType).toBe('voice-mail');
    s = apply(s, { type: 'edit-new-number', at, field: 'from', value: '18:00' }, { type: 'edit-new-number', at, field: 'until', value: '09:00' });
    expect(code(s, { type: 'confirm-new-number', at })).toEqual(['window-not-ordered', 'until']);
    s = apply(s, { type: 'edit-new-number', at, field: 'until', value: '9 pm' });
    s = apply(s, { type: 'edit-new-number', at, field: 'from', value: '25:00' });
    expect(code(s, { type: 'confirm-new-number', at })).toEqual(['invalid-time', 'from']);
    expect(r.fields(s, at).newNumber?.errors.map((e) => e.code)).toEqual(['invalid-time']);
  });

  it('Done is refused while the form is open', () => {
    const s = apply(allowed(), { type: 'open-new-number', at }, { type: 'type-time', at, text: '14:00' });
    expect(code(s, { type: 'done', at })).toEqual(['new-number-open', 'phone']);
    const closed = apply(s, { type: 'cancel-new-number', at });
    expect(closed.form).toBeNull();
    expect(r.machine.transition(closed, { type: 'done', at }).ok).toBe(true);
  });

  it('is chosen on confirm and sent as a number outside the chain (chainN null), its type and window kept in the state', () => {
    const s = apply(
      allowed(),
      { type: 'open-new-number', at },
      { type: 'edit-new-number', at, field: 'phone', value: '+1 (212) 555-0142' },
      { type: 'edit-new-number', at, field: 'contactType', value: 'direct-business-phone' },
      { type: 'edit-new-number', at, field: 'from', value: '08:30' },
      { type: 'edit-new-number', at, field: 'until', value: '17:45' },
      { type: 'confirm-new-number', at },
      { type: 'type-time', at, text: '17:00' },
    );
    expect(s.number).toBe('new');
    const effect = r.machine.transition(s, { type: 'done', at }).effects[0];
    expect(effect).toMatchObject({ type: 'send-request', request: { kind: 'reschedule', handle: 101, phone: '+12125550142', chainN: null } });
    // The number to add (its type and window, in the contact's zone) stays in the state.
    expect(s.added).toEqual({ phone: '+12125550142', contactType: 'direct-business-phone', from: '08:30', until: '17:45' });
    // The new number's window is enforced too.
    expect(code(apply(s, { type: 'type-time', at, text: '18:00' }), { type: 'done', at })).toEqual(['outside-number-window', 'time']);
    // Choosing a chain number again leaves the added one in the list.
    const back = apply(s, { type: 'choose-number', at, recordHandle: 101 });
    expect(r.fields(back, at).numbers.map((n) => n.key)).toEqual([101, 102, 'new']);
    expect(r.machine.transition(back, { type: 'done', at }).effects[0]).toMatchObject({ request: { phone: '+16175550100', chainN: 0 } });
  });

  it('form events need an open form', () => {
    const s = allowed();
    expect(code(s, { type: 'edit-new-number', at, field: 'phone', value: '1' })[0]).toBe('event-not-allowed');
    expect(code(s, { type: 'confirm-new-number', at })[0]).toBe('event-not-allowed');
    expect(code(s, { type: 'cancel-new-number', at })[0]).toBe('event-not-allowed');
  });
});
