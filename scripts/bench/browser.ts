/**
 * In-browser timings (Playwright page, Node side): the event table's keystroke-to-update time
 * and the simulator's time for a batch of payloads, measured inside the page with
 * `performance.now()` from the user's event (seen first, by a capturing listener on `window`):
 * - `update`: until the DOM has changed and is laid out (layout forced right after the change):
 *   the main-thread work a frame must hold, which the budgets are about;
 * - `paint`: until the first frame after that change, which adds the wait for the next vsync.
 */
import type { Page } from '@playwright/test';
import { benchText } from './messages.ts';

/** One timed interaction, in milliseconds. */
export interface Timing {
  update: number;
  paint: number;
}

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

/** What each probe watches: the element, the event, and how long a change may take to show. */
const PROBES = {
  input: { id: 'event-search', event: 'input', quietMs: 300 },
  simulate: { id: 'simulator-run', event: 'click', quietMs: 30_000 },
} as const;

/**
 * Installs `window.__benchArm(kind)`: a promise of the `Timing` of the next `input` on the table's
 * search or `click` on the simulator's run button. A debounced change is waited for up to the
 * probe's `quietMs`; when a keystroke changes nothing (same results), `update` is the end of the
 * event's handlers. The simulator must set `data-simulated-count` within its `quietMs`.
 */
async function installProbe(page: Page): Promise<void> {
  // The probes with their refusals, worded here in the run's language.
  const probes = {
    input: { ...PROBES.input, noElement: benchText('noElement', { id: PROBES.input.id }), timedOut: '' },
    simulate: {
      ...PROBES.simulate,
      noElement: benchText('noElement', { id: PROBES.simulate.id }),
      timedOut: benchText('noSimulatedCount', { ms: PROBES.simulate.quietMs }),
    },
  };
  await page.evaluate((probes) => {
    const nextFrame = (): Promise<number> =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
    const w = window as unknown as Record<string, unknown>;
    w['__benchArm'] = (kind: 'input' | 'simulate'): Promise<{ update: number; paint: number }> =>
      new Promise((resolve, reject) => {
        const { id, event: type, quietMs, noElement, timedOut } = probes[kind];
        if (!document.getElementById(id)) return reject(new Error(noElement));
        if (kind === 'simulate')
          document.querySelector('[data-simulated-count]')?.removeAttribute('data-simulated-count');
        let start = 0;
        let handled = 0;
        let changed = false;
        let settled = false;
        const finish = (result: { update: number; paint: number } | Error): void => {
          if (settled) return;
          settled = true;
          observer.disconnect();
          if (result instanceof Error) reject(result);
          else resolve(result);
        };
        const observer = new MutationObserver(() => {
          if (!start || changed) return;
          if (kind === 'simulate' && !document.querySelector('[data-simulated-count]')) return;
          changed = true;
          // Reading a layout property makes the browser lay the change out now, inside the timing.
          void document.body.offsetHeight;
          const update = performance.now() - start;
          void nextFrame().then((now) => finish({ update, paint: now - start }));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const listener = (event: Event): void => {
          const target = event.target as Element | null;
          if (!target || !(target.id === id || target.closest?.(`#${id}`))) return;
          window.removeEventListener(type, listener, true);
          start = performance.now();
          // A task queued now runs once every handler of this event has returned.
          setTimeout(() => {
            handled = performance.now() - start;
          }, 0);
          setTimeout(() => {
            if (kind === 'simulate') finish(new Error(timedOut));
            else finish({ update: handled, paint: handled });
          }, quietMs);
        };
        window.addEventListener(type, listener, true);
      });
  }, probes);
}

type Arm = (kind: keyof typeof PROBES) => Promise<Timing>;

/** Timings of keystrokes typed into the table's search, on the table page already open in `page`. */
export async function measureKeystrokes(page: Page, keys: readonly string[]): Promise<Timing[]> {
  await installProbe(page);
  await page.locator('#event-search').click();
  const timings: Timing[] = [];
  for (const key of keys) {
    const armed = page.evaluate(() => (window as unknown as { __benchArm: Arm }).__benchArm('input'));
    // The probe must be listening before the key goes in.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press(key);
    timings.push(await armed);
  }
  return timings;
}

/** Timings of `runs` runs of the same batch, on the simulator page already open in `page`. */
export async function measureSimulator(page: Page, batch: string, runs: number): Promise<Timing[]> {
  await installProbe(page);
  await page.locator('#simulator-input').fill(batch);
  const timings: Timing[] = [];
  for (let run = 0; run < runs; run++) {
    const armed = page.evaluate(() => (window as unknown as { __benchArm: Arm }).__benchArm('simulate'));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.locator('#simulator-run').click();
    timings.push(await armed);
  }
  return timings;
}

/**
 * Pastes `text` into the element at `selector` as a user's paste reaches the page: a `paste`
 * event carrying it. The text is handed to the page first, so that `beforePaste` (e.g. starting
 * to record long tasks) runs after the transfer, which is the harness's cost, not the page's.
 */
export async function paste(
  page: Page,
  selector: string,
  text: string,
  beforePaste: () => Promise<unknown> = () => Promise.resolve(),
): Promise<void> {
  await page.evaluate((value) => {
    (window as unknown as { __benchPaste: string }).__benchPaste = value;
  }, text);
  await beforePaste();
  await page.locator(selector).evaluate((element) => {
    const holder = window as unknown as { __benchPaste?: string };
    const value = holder.__benchPaste ?? '';
    delete holder.__benchPaste;
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    // A paste the page does not take over lands in the box, as the browser would put it.
    if (element.dispatchEvent(event)) (element as HTMLTextAreaElement).value = value;
  });
}
