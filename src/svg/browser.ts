/**
 * The real renderer: one headless Chromium, one page, Mermaid's browser
 * bundle loaded once, then `mermaid.render` for every diagram in turn. The
 * page can reach nothing outside itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type * as Puppeteer from 'puppeteer-core';
import { PerfcoordError } from '../core/errors.js';
import { MERMAID_CONFIG } from './types.js';
import type { DiagramRenderer, DiagramSource, RenderOutcome } from './types.js';

export const PEERS_MISSING =
  '--svg needs the optional packages puppeteer-core and mermaid; install them beside perfcoord: npm install --save-dev puppeteer-core mermaid';

/** Flags that let Chromium run in containers and CI, quietly and offline. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface BrowserRendererOptions {
  executablePath: string;
  /** Mermaid's browser bundle (default: mermaid/dist/mermaid.min.js, resolved from perfcoord). */
  mermaidBundle?: string;
}

/** The path of Mermaid's browser bundle, or undefined when mermaid is not installed. */
export function mermaidBundlePath(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  } catch {
    return undefined;
  }
}

async function loadPuppeteer(): Promise<Pick<typeof Puppeteer, 'launch'>> {
  try {
    return await import('puppeteer-core');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new PerfcoordError(PEERS_MISSING);
    throw error;
  }
}

export async function openBrowserRenderer(options: BrowserRendererOptions): Promise<DiagramRenderer> {
  const puppeteer = await loadPuppeteer();
  const bundle = options.mermaidBundle ?? mermaidBundlePath();
  if (bundle === undefined) throw new PerfcoordError(PEERS_MISSING);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-chromium-'));
  let browser: Puppeteer.Browser | undefined;
  const close = async () => {
    try {
      await browser?.close();
    } finally {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  };
  try {
    browser = await puppeteer.launch({
      executablePath: options.executablePath,
      headless: true,
      pipe: true,
      userDataDir,
      args: CHROME_ARGS,
    });
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => void request.abort());
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: bundle });
    await page.evaluate((config) => {
      (globalThis as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid.initialize(config);
    }, MERMAID_CONFIG);

    return {
      async render(diagrams: readonly DiagramSource[]): Promise<RenderOutcome[]> {
        // The element id shows up in the SVG's CSS; taken from the name it stays the same from run to run.
        const items = diagrams.map((d) => ({
          name: d.name,
          id: `perfcoord-${d.name.replace(/[^A-Za-z0-9_-]/g, '-')}`,
          source: d.source,
        }));
        return page.evaluate(async (list) => {
          const mermaid = (
            globalThis as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }
          ).mermaid;
          const out: ({ name: string; svg: string } | { name: string; error: string })[] = [];
          // Mermaid's labels are HTML (<br>, not <br/>); put into the page and serialized as
          // XML, as mermaid-cli does, the SVG is a well-formed file of its own.
          const container = document.createElement('div');
          document.body.appendChild(container);
          for (const item of list) {
            try {
              container.innerHTML = (await mermaid.render(item.id, item.source)).svg;
              const svg = container.querySelector('svg');
              out.push(
                svg
                  ? { name: item.name, svg: new XMLSerializer().serializeToString(svg) }
                  : { name: item.name, error: 'Mermaid returned no SVG' },
              );
            } catch (error) {
              out.push({ name: item.name, error: error instanceof Error ? error.message : String(error) });
            } finally {
              container.innerHTML = '';
            }
          }
          container.remove();
          return out;
        }, items);
      },
      close,
    };
  } catch (error) {
    await close();
    if (error instanceof PerfcoordError) throw error;
    throw new PerfcoordError(`cannot start ${options.executablePath}: ${(error as Error).message}`);
  }
}
