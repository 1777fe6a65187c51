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
  // A dialog still fading in measures as faint: let running transitions end first.
  await page.evaluate('Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)))');
  await page.evaluate(AXE_SOURCE);
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
