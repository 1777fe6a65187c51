import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { Harness, HarnessOptions } from './harness.js';
import { useHarness } from './suite.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with a fresh profile (Playwright's own browser downloads cannot work here). */
export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'portal-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * `useHarness` for a suite that drives the built portal through the gateway: fails at once, with
 * what to do, when the portal is not built.
 */
export function usePortalHarness(options: HarnessOptions | (() => Promise<HarnessOptions>)): Harness {
  return useHarness(async () => {
    if (!existsSync('apps/portal/dist/index.html')) throw new Error('the portal is not built: run `npm run portal:build` first');
    return { gateway: true, ...(typeof options === 'function' ? await options() : options) };
  });
}
