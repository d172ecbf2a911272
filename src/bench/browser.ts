/**
 * In-browser timings (Playwright page, Node side): the event table's keystroke-to-update time
 * and the simulator's time for a batch of payloads. Both are measured inside the page with
 * `performance.now()`, from the user's event to the first frame after the DOM changed.
 */
import type { Page } from '@playwright/test';

/** The keys typed into the table's search: words typed letter by letter, then erased. */
export function keystrokeSequence(count: number): string[] {
  const words = ['disco', 'cloud', 'voip', 'coda', 'replica', 'menu'];
  const keys: string[] = [];
  for (let word = 0; keys.length < count; word++) {
    const letters = [...words[word % words.length]!];
    keys.push(...letters, ...letters.map(() => 'Backspace'));
  }
  return keys.slice(0, count);
}

/**
 * Installs `window.__benchArm(kind, quietMs)` in the page. It returns a promise of the
 * milliseconds from the next `input` on the table's search (or `click` on the simulator's run
 * button), seen first by a capturing listener on `window`, to the first frame after the DOM
 * reacted. A DOM change made by the handlers themselves is painted in the first frame; a
 * debounced one is waited for up to `quietMs`; when nothing changes (same results) the time to
 * the first frame is taken. The simulator must set `data-simulated-count`.
 */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const nextFrame = (): Promise<number> =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
    const w = window as unknown as Record<string, unknown>;
    w['__benchArm'] = (kind: 'input' | 'simulate', quietMs: number): Promise<number> =>
      new Promise((resolve, reject) => {
        const id = kind === 'input' ? 'event-search' : 'simulator-run';
        if (!document.getElementById(id)) return reject(new Error(`the page has no #${id}`));
        if (kind === 'simulate')
          document.querySelector('[data-simulated-count]')?.removeAttribute('data-simulated-count');
        let start = 0;
        let frameMs = -1;
        let mutated = false;
        let settled = false;
        const finish = (ms: number | Error): void => {
          if (settled) return;
          settled = true;
          observer.disconnect();
          if (ms instanceof Error) reject(ms);
          else resolve(ms);
        };
        const observer = new MutationObserver(() => {
          if (!start || settled) return;
          if (kind === 'simulate' && !document.querySelector('[data-simulated-count]')) return;
          if (kind === 'input' && frameMs < 0) {
            mutated = true;
            return;
          }
          void nextFrame().then((now) => finish(now - start));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const type = kind === 'input' ? 'input' : 'click';
        const listener = (event: Event): void => {
          const target = event.target as Element | null;
          if (!target || !(target.id === id || target.closest?.(`#${id}`))) return;
          window.removeEventListener(type, listener, true);
          start = performance.now();
          if (kind === 'input') {
            void nextFrame().then((now) => {
              frameMs = now - start;
              if (mutated) finish(frameMs);
              else setTimeout(() => finish(frameMs), quietMs);
            });
          } else {
            setTimeout(() => finish(new Error('the simulator set no data-simulated-count')), quietMs);
          }
        };
        window.addEventListener(type, listener, true);
      });
  });
}

/** Keystroke-to-update times (ms) on the table page already open in `page`, one per key typed. */
export async function measureKeystrokes(page: Page, keys: readonly string[]): Promise<number[]> {
  await installProbe(page);
  const search = page.locator('#event-search');
  await search.click();
  const times: number[] = [];
  for (const key of keys) {
    const armed = page.evaluate(() =>
      (window as unknown as { __benchArm: (kind: string, quiet: number) => Promise<number> }).__benchArm('input', 500),
    );
    // The probe must be listening before the key goes in.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press(key);
    times.push(await armed);
  }
  return times;
}

/** Simulator times (ms) for `runs` runs of the same batch on the simulator page already open in `page`. */
export async function measureSimulator(page: Page, batch: string, runs: number): Promise<number[]> {
  await installProbe(page);
  await page.locator('#simulator-input').fill(batch);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const armed = page.evaluate(() =>
      (window as unknown as { __benchArm: (kind: string, quiet: number) => Promise<number> }).__benchArm(
        'simulate',
        30_000,
      ),
    );
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.locator('#simulator-run').click();
    times.push(await armed);
  }
  return times;
}
