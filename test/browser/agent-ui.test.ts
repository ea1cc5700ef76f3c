import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './static-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = `${root}test-output/screenshots/`;
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${root}dist/index.js`)) throw new Error('Build the package first (npm run build).');
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath} (.ci/run installs Debian's chromium).`);
  mkdirSync(shots, { recursive: true });
  server = await serve(root);
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(time: Date): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, locale: 'en-US', timezoneId: 'America/New_York' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.clock.install({ time });
  await page.goto(`${server.url}examples/agent-ui/index.html`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 10_000 }).catch((e: unknown) => {
    throw new Error(`The page did not start: ${errors.join('; ')} (${String(e)})`);
  });
  // Freeze the page's clock: from here on, time moves only when the test says so.
  await page.clock.pauseAt(new Date(time.getTime() + 60_000));
  return { page, errors };
}

describe('agent UI in a real browser', () => {
  it('counts down a negotiated logout and confirms the authorization', async () => {
    const { page, errors } = await open(new Date('2026-11-24T14:00:00Z'));
    expect(await page.textContent('#status-icon')).toBe('● Ready');
    await page.click('#receive-interaction');
    await page.click('#logout-main');
    await expect.poll(() => page.textContent('#logout-status')).toBe('awaiting-authorization');
    // The header follows the machine's status.
    expect(await page.textContent('#status-icon')).toBe('◐ Logging out: awaiting authorization');
    expect(await page.getAttribute('#status-icon', 'data-status')).toBe('awaiting-authorization');
    expect(await page.isVisible('#logout-message')).toBe(true);
    expect(await page.textContent('#logout-countdown')).toBe('0:30');
    await page.clock.runFor(5_000);
    await expect.poll(() => page.textContent('#logout-countdown')).toBe('0:25');
    await page.screenshot({ path: `${shots}logout-countdown.png` });
    await page.click('#logout-dismiss');
    expect(await page.isVisible('#logout-message')).toBe(false);
    expect(await page.getAttribute('#status-icon', 'title')).toMatch(/0:25/);
    await page.click('#server-authorize');
    await expect.poll(() => page.textContent('#my-messages')).toMatch(/authorized/i);
    expect(await page.textContent('#status-icon')).toBe('◐ Logoff authorized');
    await page.screenshot({ path: `${shots}logout-authorized.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('callback reschedule view in a real browser', () => {
  it('picks a zone, a date and a slot, and commits by a click outside the view', async () => {
    // Tuesday 24 November 2026, 09:00 in New York.
    const { page, errors } = await open(new Date('2026-11-24T14:00:00Z'));
    await page.check('#cb-reschedule');
    await page.selectOption('#cb-zone', 'Europe/London');
    await page.click('#cb-calendar button[data-date="2026-11-26"]');
    // 10:00 New York is 15:00 in London; two callbacks are booked then, so that slot is grey.
    const full = page.locator(`#cb-slots button[data-start="${Date.UTC(2026, 10, 26, 15, 0)}"]`);
    await expect.poll(() => full.getAttribute('class')).toContain('unavailable');
    expect(await full.getAttribute('title')).toBe('3:00 PM – 3:15 PM: full');
    // The reason is written in the slot, not only in its tooltip.
    expect(await full.locator('.reason').textContent()).toBe('full');
    const slot = page.locator(`#cb-slots button[data-start="${Date.UTC(2026, 10, 26, 15, 15)}"]`);
    expect(await slot.textContent()).toBe('3:15 PM – 3:30 PM');
    expect(await page.isVisible('#cb-none')).toBe(false);
    expect(await page.locator('#cb-slots button.available').count()).toBe(47);
    await slot.click();
    await expect.poll(() => slot.getAttribute('class')).toContain('chosen');
    await page.screenshot({ path: `${shots}callback-grid.png` });
    await page.click('header h1');
    // The committed time as the wall clock in the chosen zone reads it (15:15Z is 3:15 PM in London).
    await expect.poll(() => page.textContent('#cb-result')).toBe('Rescheduled cb-1042 for Thu, Nov 26, 3:15 PM (Europe/London time)');
    expect(await page.getAttribute('#cb-result', 'data-at')).toBe(String(Date.UTC(2026, 10, 26, 15, 15)));
    expect(await page.isVisible('#cb-panel')).toBe(false);
    await page.screenshot({ path: `${shots}callback-committed.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('callback grid of a day with nothing free', () => {
  it('labels every slot with its reason and offers the next available day', async () => {
    // Tuesday 24 November 2026, 8:30 PM in New York: the business day is over.
    const { page, errors } = await open(new Date('2026-11-25T01:30:00Z'));
    await page.check('#cb-reschedule');
    await expect.poll(() => page.isVisible('#cb-none')).toBe(true);
    expect(await page.locator('#cb-slots button.available').count()).toBe(0);
    const reasons = new Set(await page.locator('#cb-slots .reason').allTextContents());
    expect([...reasons].sort()).toEqual(['closed', 'past']);
    expect(await page.textContent('#cb-none-text')).toBe('No free slot on Tue, Nov 24 (past, closed). Next available day: Wed, Nov 25.');
    await page.screenshot({ path: `${shots}callback-no-slot-today.png` });
    await page.click('#cb-next-day');
    await expect.poll(() => page.locator('#cb-slots button.available').count()).toBeGreaterThan(0);
    expect(await page.getAttribute('#cb-calendar button.selected', 'data-date')).toBe('2026-11-25');
    expect(await page.isVisible('#cb-none')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('web callback reschedule in a real browser', () => {
  it('sets On and From, draws the clock face, closes with X, commits with Done, and notifies at the new time', async () => {
    // Tuesday 24 November 2026, 9:00 AM in New York; the web callback is booked for 11:00 AM to 12:00 PM.
    const { page, errors } = await open(new Date('2026-11-24T14:00:00Z'));
    expect(await page.textContent('#wc-scheduled')).toBe('Tue, Nov 24, 11:00 AM – 12:00 PM (New York time)');
    await page.click('#wc-button');
    expect(await page.isVisible('#wc-panel')).toBe(true);
    await page.check('#wc-reschedule');
    await page.fill('#wc-on', '2026-11-25');
    await page.press('#wc-on', 'Tab');
    await page.fill('#wc-from', '09:30');
    await page.press('#wc-from', 'Tab');
    // The clock face is webcallback.clockFace of From with the window's arc: 9:30 is 285°, and Till stays
    // at 12:00, so the arc sweeps 2 h 30 min, 75°.
    await expect.poll(() => page.textContent('#wc-clock-label')).toBe('9:30 AM');
    expect(await page.getAttribute('#wc-clock [data-hand="hour"]', 'data-angle')).toBe('285');
    expect(await page.getAttribute('#wc-clock [data-hand="minute"]', 'data-angle')).toBe('180');
    expect(await page.getAttribute('#wc-clock [data-arc]', 'data-arc')).toBe('285+75');
    expect(await page.inputValue('#wc-till')).toBe('12:00');
    await page.screenshot({ path: `${shots}webcallback-view.png` });
    await page.click('#wc-close');
    expect(await page.isVisible('#wc-panel')).toBe(false);
    expect(await page.textContent('#wc-button')).toBe('Rescheduled Callback');
    await page.click('#wc-done');
    await expect.poll(() => page.textContent('#wc-result')).toBe('Rescheduled wc-7 for Wed, Nov 25, 9:30 AM (New York time), to +12125550188.');
    await page.screenshot({ path: `${shots}webcallback-committed.png` });
    // At the new time the host shows the notification (the machine's wake, then show-notification).
    await page.clock.fastForward(Date.UTC(2026, 10, 25, 14, 30) - Date.UTC(2026, 10, 24, 14, 1) + 1_000);
    await expect.poll(() => page.isVisible('#wc-notification')).toBe(true);
    expect(await page.textContent('#wc-notification')).toBe('Web callback wc-7 is due now: call +12125550188.');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('outbound preview record and its reschedule view in a real browser', () => {
  it('gets a record, dials, reschedules the call as a callback in the contact zone, ends the call and commits', async () => {
    // Tuesday 24 November 2026, 10:07 AM in New York (9:07 AM for the contact in Chicago).
    const { page, errors } = await open(new Date('2026-11-24T15:07:00Z'));
    await page.click('#ob-get');
    await expect.poll(() => page.textContent('#ob-phase')).toBe('preview');
    expect(await page.textContent('#ob-record')).toContain('+13125550100');
    expect(await page.textContent('#ob-record')).toContain('America/Chicago');
    expect(await page.isDisabled('#ob-schedule')).toBe(true);
    await page.click('#ob-dial');
    await expect.poll(() => page.textContent('#ob-phase')).toBe('dialing');
    await page.click('#ob-answer');
    await expect.poll(() => page.textContent('#ob-phase')).toBe('connected');
    await page.click('#ob-schedule');
    await expect.poll(() => page.isVisible('#ob-panel')).toBe(true);
    await page.check('#ob-reschedule');
    await page.fill('#ob-date', '2026-11-25');
    await page.press('#ob-date', 'Tab');
    await page.fill('#ob-time', '14:00');
    await page.press('#ob-time', 'Tab');
    await expect.poll(() => page.textContent('#ob-resolved')).toBe('Wed, Nov 25, 2:00 PM New York time = Wed, Nov 25, 1:00 PM for the contact in America/Chicago.');
    await page.screenshot({ path: `${shots}outbound-reschedule-view.png` });
    await page.click('#ob-end-call');
    await expect.poll(() => page.textContent('#ob-phase')).toBe('wrap-up');
    await expect.poll(() => page.isDisabled('#ob-done')).toBe(false);
    await page.click('#ob-done');
    await expect.poll(() => page.textContent('#ob-schedule')).toBe('Rescheduled');
    expect(await page.textContent('#ob-result')).toBe('Sent: campaign callback to +13125550100 on Wed, Nov 25, 1:00 PM (America/Chicago time, the contact\'s zone).');
    await page.screenshot({ path: `${shots}outbound-rescheduled.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('every screen at once', () => {
  it('shows the four examples side by side (the README screenshot)', async () => {
    const { page, errors } = await open(new Date('2026-11-24T15:07:00Z'));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.click('#receive-interaction');
    await page.click('#logout-main');
    await page.click('#wc-button');
    await page.check('#wc-reschedule');
    await page.fill('#wc-from', '09:30');
    await page.press('#wc-from', 'Tab');
    await page.click('#ob-get');
    await expect.poll(() => page.textContent('#ob-phase')).toBe('preview');
    await page.click('#ob-dial');
    await page.click('#ob-answer');
    await page.click('#ob-schedule');
    await page.check('#ob-reschedule');
    await page.fill('#ob-date', '2026-11-25');
    await page.fill('#ob-time', '14:00');
    await page.press('#ob-time', 'Tab');
    // Last, as a click outside the callback view commits it.
    await page.check('#cb-reschedule');
    await page.click('#cb-calendar button[data-date="2026-11-26"]');
    await expect.poll(() => page.locator('#cb-slots button.available').count()).toBeGreaterThan(0);
    await page.click(`#cb-slots button[data-start="${Date.UTC(2026, 10, 26, 15, 15)}"]`);
    await page.screenshot({ path: `${shots}agent-ui.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
