import { describe, expect, it } from 'vitest';
import { demo, walkThrough } from '../../src/cli/commands/demo.js';

describe('dialdesk demo', () => {
  const lines = walkThrough();
  const text = lines.map((l) => l.text);

  it('shows the countdown as the agent sees it, second by second, in the window then in the tooltip', () => {
    const countdown = text.filter((t) => t.includes('  screen  ')).flatMap((t) => /(\d:\d\d)( \||\sremaining)/.exec(t)?.[1] ?? []);
    expect(countdown).toEqual(['0:30', '0:12', '0:11', '0:10', '0:09', '0:08', '0:07', '0:06', '0:05', '0:04', '0:03']);
    expect(text.filter((t) => t.includes('message window'))).toHaveLength(5);
  });

  it('ends with the authorization and the final logout, confirmed in the tooltip and My Messages', () => {
    expect(text).toContain('          -> LOG THE AGENT OUT (logout-1, authorized by the server)');
    expect(text).toContain('          status icon tooltip: Logoff authorized: logged off');
    expect(text.some((t) => t.endsWith('Logoff authorized'))).toBe(true);
    expect(text.some((t) => t.startsWith('Final status: logged-out'))).toBe(true);
    expect(text.some((t) => t.includes('refused'))).toBe(false);
  });

  it('numbers its lines by synthetic second, never backwards', () => {
    const seconds = lines.map((l) => l.second);
    expect([...seconds].sort((a, b) => a - b)).toEqual(seconds);
  });

  it('refuses unknown options with exit code 2', async () => {
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = () => true;
    try {
      expect(await demo.run(['--fast'])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
  });
});
