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
    await page.click('#receive-interaction');
    await page.click('#logout-main');
    await expect.poll(() => page.textContent('#logout-status')).toBe('awaiting-authorization');
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
    const slot = page.locator(`#cb-slots button[data-start="${Date.UTC(2026, 10, 26, 15, 15)}"]`);
    expect(await slot.textContent()).toBe('3:15 PM – 3:30 PM');
    expect(await page.locator('#cb-slots button.available').count()).toBe(47);
    await slot.click();
    await expect.poll(() => slot.getAttribute('class')).toContain('chosen');
    await page.screenshot({ path: `${shots}callback-grid.png` });
    await page.click('header h1');
    await expect.poll(() => page.textContent('#cb-result')).toBe('Rescheduled cb-1042 for 2026-11-26T15:15:00.000Z (Europe/London)');
    expect(await page.isVisible('#cb-panel')).toBe(false);
    await page.screenshot({ path: `${shots}callback-committed.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
