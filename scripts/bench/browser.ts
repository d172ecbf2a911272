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

/**
 * Installs `window.__benchArm(kind, quietMs)`: a promise of the `Timing` of the next `input` on
 * the table's search or `click` on the simulator's run button. A debounced change is waited for
 * up to `quietMs`; when a keystroke changes nothing (same results), `update` is the end of the
 * event's handlers. The simulator must set `data-simulated-count` within `quietMs`.
 */
async function installProbe(page: Page): Promise<void> {
  // The probe's refusals, in the run's language; `{id}` and `{ms}` are filled in the page.
  const texts = { noElement: benchText('noElement'), noSimulatedCount: benchText('noSimulatedCount') };
  await page.evaluate((texts) => {
    const nextFrame = (): Promise<number> =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
    const w = window as unknown as Record<string, unknown>;
    w['__benchArm'] = (kind: 'input' | 'simulate', quietMs: number): Promise<{ update: number; paint: number }> =>
      new Promise((resolve, reject) => {
        const id = kind === 'input' ? 'event-search' : 'simulator-run';
        if (!document.getElementById(id)) return reject(new Error(texts.noElement.replace('{id}', id)));
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
        const type = kind === 'input' ? 'input' : 'click';
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
            if (kind === 'simulate') finish(new Error(texts.noSimulatedCount.replace('{ms}', String(quietMs))));
            else finish({ update: handled, paint: handled });
          }, quietMs);
        };
        window.addEventListener(type, listener, true);
      });
  }, texts);
}

type Arm = (kind: string, quietMs: number) => Promise<Timing>;

/** Timings of keystrokes typed into the table's search, on the table page already open in `page`. */
export async function measureKeystrokes(page: Page, keys: readonly string[]): Promise<Timing[]> {
  await installProbe(page);
  await page.locator('#event-search').click();
  const timings: Timing[] = [];
  for (const key of keys) {
    const armed = page.evaluate(() => (window as unknown as { __benchArm: Arm }).__benchArm('input', 300));
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
    const armed = page.evaluate(() => (window as unknown as { __benchArm: Arm }).__benchArm('simulate', 30_000));
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
