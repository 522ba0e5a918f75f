import { describe, expect, it, vi } from 'vitest';
import { runStages, type PostbuildStep } from './postbuild';

const step = (name: string, log: string[], run: () => Promise<void> | void = () => {}): PostbuildStep => ({
  name,
  run: async () => {
    log.push(`${name} start`);
    await run();
    log.push(`${name} end`);
  },
});

describe('the postbuild runner', () => {
  it('runs the lanes of a stage side by side, each lane in order, and the next stage after both', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const log: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // The first lane waits for a step of the second: it would wait forever if the lanes ran one after the other.
    const ok = await runStages(
      [
        [[step('search', log, () => released)], [step('images', log), step('cards', log, () => release()), step('check', log)]],
        [[step('after', log)]],
      ],
      'out',
    );
    expect(ok).toBe(true);
    expect(log.indexOf('images end')).toBeLessThan(log.indexOf('cards start'));
    expect(log.indexOf('cards end')).toBeLessThan(log.indexOf('check start'));
    expect(log.indexOf('search start')).toBeLessThan(log.indexOf('search end'));
    expect(log.indexOf('search end')).toBeGreaterThan(log.indexOf('cards start'));
    expect(log.at(-1)).toBe('after end');
    expect(log.indexOf('after start')).toBeGreaterThan(Math.max(log.indexOf('search end'), log.indexOf('check end')));
  });

  it('says which step failed, with its message, finishes the other lane, and runs no later stage', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const log: string[] = [];
    const ok = await runStages(
      [
        [
          [
            step('images', log, () => {
              throw new Error('public/img/x.png : pas une image lisible');
            }),
            step('check', log),
          ],
          [step('search', log)],
        ],
        [[step('after', log)]],
      ],
      'out',
    );
    expect(ok).toBe(false);
    expect(errors).toHaveBeenCalledWith('postbuild: images: error: public/img/x.png : pas une image lisible');
    expect(log).toContain('search end');
    expect(log).not.toContain('check start');
    expect(log).not.toContain('after start');
  });
});
