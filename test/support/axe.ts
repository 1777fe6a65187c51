import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }> }>;
}

/**
 * The page's serious and critical accessibility violations (axe-core, WCAG 2.x A and AA rules), as
 * readable lines: an empty list means none. Injected through the DevTools protocol, so the page's
 * Content-Security-Policy does not apply to it.
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  let violations = await run(page);
  // A transition that began while axe measured (a notification sliding in, or out when it closes
  // itself) measures as faint text: once everything has settled again, measure once more. A real
  // violation is there both times.
  if (violations.length > 0) violations = await run(page);
  return violations;
}

/** Waits until no finite animation or transition is running (two frames in a row), then runs axe. */
async function run(page: Page): Promise<string[]> {
  await page.evaluate(`(async () => {
    const deadline = performance.now() + 5000;
    const running = () => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const now = running();
      if (now.length === 0 || performance.now() > deadline) return;
      await Promise.all(now.map((a) => a.finished.catch(() => undefined)));
    }
  })()`);
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`)) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      // Which element and why (e.g. the measured contrast), so that a failure says what to fix.
      const nodes = v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 160)} ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`);
      return `${v.impact} ${v.id}: ${v.help} (${nodes.join('; ')})`;
    });
}

/** Nothing sticks out sideways at the page's current width (390 px phones). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
}
