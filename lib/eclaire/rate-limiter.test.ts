import { describe, expect, it, vi } from 'vitest';
import { createRateLimiter, getSharedRateLimiter, PreemptedError, UPSTREAM_PRIORITY, withPriority } from './rate-limiter';

describe('createRateLimiter', () => {
  it('spaces the starts by at least minIntervalMs and never runs two calls at once', async () => {
    // Fake timers drive the limiter's own clock: the guarantee is checked exactly, with no wall-clock slack.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const limiter = createRateLimiter({ minIntervalMs: 40, now: () => Date.now() });
      const starts: number[] = [];
      let running = 0;
      let maxRunning = 0;
      const task = async (work: number) => {
        starts.push(Date.now());
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, work));
        running--;
        return work;
      };
      // Mixed durations: a long call must not let the next start early, a short one must not shorten the wait.
      const all = Promise.all([0, 60, 0, 5, 0].map((w) => limiter.schedule(() => task(w))));
      await vi.runAllTimersAsync();
      expect(await all).toEqual([0, 60, 0, 5, 0]);
      expect(maxRunning).toBe(1);
      const gaps = starts.slice(1).map((t, i) => t - starts[i]);
      // 40 ms after the previous start, or when the previous call ends if that is later (the 60 ms call).
      expect(gaps).toEqual([40, 60, 40, 40]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports queued and running calls', async () => {
    const limiter = createRateLimiter({ minIntervalMs: 0 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = limiter.schedule(() => gate);
    const second = limiter.schedule(async () => 2);
    await new Promise((r) => setTimeout(r, 5));
    expect(limiter.pending).toBe(1);
    expect(limiter.size).toBe(1);
    release();
    await first;
    expect(await second).toBe(2);
    expect(limiter.pending + limiter.size).toBe(0);
  });

  it('propagates failures and keeps serving', async () => {
    const limiter = createRateLimiter({ minIntervalMs: 1 });
    await expect(limiter.schedule(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.schedule(async () => 'ok')).resolves.toBe('ok');
  });

  it('drops a queued call whose signal aborts, without running it', async () => {
    const limiter = createRateLimiter({ minIntervalMs: 50 });
    let ran = false;
    const controller = new AbortController();
    const first = limiter.schedule(async () => 1);
    const second = limiter.schedule(async () => {
      ran = true;
    }, controller.signal);
    controller.abort();
    await first;
    await expect(second).rejects.toThrow();
    expect(ran).toBe(false);
    await expect(limiter.schedule(async () => 'still ok')).resolves.toBe('still ok');
  });
});

describe('getSharedRateLimiter', () => {
  it('returns one instance per process, kept on globalThis', () => {
    const a = getSharedRateLimiter(500);
    const b = getSharedRateLimiter(500);
    expect(a).toBe(b);
    const key = Symbol.for('phare.eclaire.sharedRateLimiter');
    expect((globalThis as Record<symbol, unknown>)[key]).toBe(a);
    expect(getSharedRateLimiter(250).minIntervalMs).toBe(250);
  });
});

describe('priorities', () => {
  it('starts the waiting call of highest priority first: the sync, then the proxy, then page lookups', async () => {
    const limiter = createRateLimiter({ minIntervalMs: 0 });
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = limiter.schedule(() => gate);
    const calls = [
      limiter.schedule(async () => void order.push('lookup'), { priority: UPSTREAM_PRIORITY.lookup }),
      limiter.schedule(async () => void order.push('proxy'), { priority: UPSTREAM_PRIORITY.proxy }),
      limiter.schedule(async () => void order.push('sync'), { priority: UPSTREAM_PRIORITY.sync }),
    ];
    release();
    await Promise.all([first, ...calls]);
    expect(order).toEqual(['sync', 'proxy', 'lookup']);
  });

  it('aborts a running preemptible call as soon as a call of higher priority waits, and keeps others', async () => {
    const limiter = createRateLimiter({ minIntervalMs: 0 });
    const lookups = withPriority(limiter, UPSTREAM_PRIORITY.lookup, true);
    const proxy = withPriority(limiter, UPSTREAM_PRIORITY.proxy);
    let lookupStarted!: () => void;
    const started = new Promise<void>((r) => (lookupStarted = r));
    const slow = lookups.schedule(
      (signal) =>
        new Promise((_resolve, reject) => {
          lookupStarted();
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        }),
    );
    await started;
    const urgent = proxy.schedule(async () => 'proxy answered');
    await expect(slow).rejects.toBeInstanceOf(PreemptedError);
    await expect(urgent).resolves.toBe('proxy answered');

    // A call that is not preemptible runs to its end, even with a higher one waiting.
    let finish!: () => void;
    let steadyStarted!: () => void;
    const running = new Promise<void>((r) => (steadyStarted = r));
    const steady = limiter.schedule(
      () =>
        new Promise<string>((r) => {
          finish = () => r('done');
          steadyStarted();
        }),
      { priority: 0 },
    );
    await running;
    const waiting = limiter.schedule(async () => 'after', { priority: 2 });
    finish();
    await expect(steady).resolves.toBe('done');
    await expect(waiting).resolves.toBe('after');
  });
});
