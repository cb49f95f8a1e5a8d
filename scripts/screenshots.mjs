#!/usr/bin/env node
/**
 * Renders a project's pages as a reader meets them: `render docs --svg`, each
 * page turned into HTML (markdown-it, GitHub-like styles, an 880 px column),
 * then a full-page screenshot of each in Chromium. Prints, for every page,
 * the tables wider than the column and every diagram's natural and shown
 * width, with the smallest diagram text size that gives.
 *
 *   npm run build
 *   node scripts/screenshots.mjs [project folder, default examples/seed] [output folder, default /tmp/perfcoord-shots]
 *
 * Needs Chromium (PUPPETEER_EXECUTABLE_PATH, or /usr/bin/chromium) and the dev dependencies.
 * For looking at the pages by hand; no test depends on it.
 */
/* global document -- the page.evaluate callbacks run in the browser */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import puppeteer from 'puppeteer-core';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const project = path.resolve(process.argv[2] ?? path.join(root, 'examples/seed'));
const shots = path.resolve(process.argv[3] ?? path.join(os.tmpdir(), 'perfcoord-shots'));
const chrome = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
const COLUMN = 880;
const SLICE = 1200;
// Mermaid draws its text at 16 px; shrunk to fit the column it should stay readable.
const MERMAID_FONT = 16;

const work = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-pages-'));
const docs = path.join(work, 'docs');
execFileSync(process.execPath, [path.join(root, 'bin/perfcoord.js'), 'render', 'docs', '--svg', '--out', docs], {
  cwd: project,
  stdio: 'inherit',
});

const markdown = new MarkdownIt({ html: true, linkify: false });
const STYLE = `
body { margin: 0; background: #fff; }
main { box-sizing: border-box; width: ${COLUMN}px; padding: 24px 32px; font: 16px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
h1, h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; }
table { display: block; max-width: 100%; overflow: auto; border-collapse: collapse; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
img { max-width: 100%; box-sizing: content-box; }
pre { background: #f6f8fa; padding: 16px; overflow: auto; }`;

const pages = readdirSync(docs).filter((n) => n.endsWith('.md'));
for (const name of pages) {
  const body = markdown.render(readFileSync(path.join(docs, name), 'utf8'));
  writeFileSync(
    path.join(docs, name.replace(/\.md$/, '.html')),
    `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body><main>${body}</main></body></html>`,
  );
}

mkdirSync(shots, { recursive: true });
const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'perfcoord-shots-chromium-'));
const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  userDataDir,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: COLUMN, height: 1000 });
  for (const name of pages) {
    const html = name.replace(/\.md$/, '.html');
    await page.goto(`file://${path.join(docs, html)}`, { waitUntil: 'load' });
    const facts = await page.evaluate(() => ({
      wideTables: [...document.querySelectorAll('table')].filter((t) => t.scrollWidth > t.clientWidth + 1).length,
      images: [...document.querySelectorAll('img')].map((img) => ({
        src: img.getAttribute('src'),
        natural: img.naturalWidth,
        shown: img.getBoundingClientRect().width,
      })),
    }));
    // Slices of one screen each, so that a viewer shows them at their real size.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const files = [];
    for (let y = 0, n = 1; y < height; y += SLICE, n++) {
      const png = path.join(shots, `${name.replace(/\.md$/, '')}-${n}.png`);
      await page.screenshot({
        path: png,
        captureBeyondViewport: true,
        clip: { x: 0, y, width: COLUMN, height: Math.min(SLICE, height - y) },
      });
      files.push(path.basename(png));
    }
    console.log(`${name}: ${facts.wideTables} table(s) wider than the column; ${files.join(', ')}`);
    for (const img of facts.images) {
      const text = (MERMAID_FONT * img.shown) / Math.max(1, img.natural);
      console.log(
        `  ${img.src}: ${img.natural} px wide, shown at ${Math.round(img.shown)} px (text about ${text.toFixed(1)} px)`,
      );
    }
  }
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
