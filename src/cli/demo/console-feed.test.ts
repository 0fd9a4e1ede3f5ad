import { describe, expect, it } from 'vitest';
import { DEMO_SCRIPT } from './corpus.ts';
import { describeInbound, describeReply, printable } from './console-feed.ts';

describe('the demo console feed', () => {
  it('keeps terminal escapes and direction overrides out of the terminal', () => {
    expect(printable('ok\u001b[2J\u001b]0;pwned\u0007 \u202Egnp.exe\nnext')).toBe('ok [2J ]0;pwned gnp.exe next');
  });

  it('shortens long text by characters, never splitting an emoji', () => {
    const shown = printable('😀'.repeat(100), 10);
    expect(Array.from(shown)).toHaveLength(10);
    expect(shown.endsWith('😀…')).toBe(true);
  });

  it('says what came in and what went out', () => {
    const reply = DEMO_SCRIPT.find((m) => m.replyTo)!;
    expect(describeInbound(reply)).toContain(`public reply from @${reply.customer.handle}`);
    expect(describeReply({ externalId: 'demo-out-1', isRepeat: false, to: 'ana', text: 'Hvala!', visibility: 'public' }))
      .toBe('← public reply to @ana delivered as demo-out-1: Hvala!');
  });
});
