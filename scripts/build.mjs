// npm run build: precompile the schema validators, compile TypeScript, and put
// the generated files beside the compiled code. dist/ is replaced in one step,
// and concurrent builds wait for each other, so a running perfcoord never sees
// a half-written dist/.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildStandalone } from './validators.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = path.join(root, '.build-lock');
const started = Date.now();
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (Date.now() - started > 120_000) rmSync(lock, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 200));
  }
}
try {
  const generatedDir = path.join(root, 'src/generated');
  const validators = buildStandalone(root);
  writeFileSync(path.join(generatedDir, 'validators.cjs'), validators);
  // The runtime's time zone names, so that settings.timezone is checked without loading the zone data.
  writeFileSync(path.join(generatedDir, 'timezones.json'), `${JSON.stringify(Intl.supportedValuesOf('timeZone'))}\n`);
  // Part of the --cache key: read instead of hashing the validators at every run.
  const digest = createHash('sha256').update(validators).digest('base64url');
  writeFileSync(path.join(generatedDir, 'validators-digest.json'), `${JSON.stringify({ sha256: digest })}\n`);

  // Build steps of other parts (e.g. the init templates), each a module with a default export(root).
  for (const step of ['templates.mjs']) {
    const file = path.join(root, 'scripts', step);
    if (existsSync(file)) await (await import(file)).default(root);
  }

  const out = path.join(root, `.dist-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.json'), '--outDir', out], { stdio: 'inherit' });
  // Optional or heavy dependencies, loaded only by the commands that need them;
  // jsonc-parser's build resolves its own files at run time and stays a package.
  const lazyPackages = ['mermaid', 'puppeteer-core', '@inquirer/prompts', 'ora', 'jsdom', 'jsonc-parser'];
  // Shared by the bundles below: Node 20, whitespace and syntax minified, no licence comments.
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  };
  // What the binary runs: the command line as one CommonJS file instead of a hundred small ones,
  // which bin/perfcoord.js compiles with V8's code cache (scripts/code-cache.mjs makes it). A
  // command's modules are evaluated only when it runs, and the heavy packages loaded only by the
  // commands that need them.
  await build({
    ...common,
    stdin: {
      contents: "export { main } from './src/cli/main.ts'; export { processIo } from './src/cli/io.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile: path.join(out, 'bundle', 'cli.cjs'),
    format: 'cjs',
    external: lazyPackages,
    define: { 'import.meta.url': '__perfcoordUrl' },
    banner: { js: "const __perfcoordUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  // Code compiled from V8's cache cannot call import(): the packages it loads on demand go through
  // __perfcoordImport, which the binary hands in (src/core/util/code-cache.ts).
  const cliFile = path.join(out, 'bundle', 'cli.cjs');
  let cli = readFileSync(cliFile, 'utf8');
  for (const pkg of lazyPackages)
    cli = cli.replaceAll(`import(${JSON.stringify(pkg)})`, `__perfcoordImport(${JSON.stringify(pkg)})`);
  const left = /\bimport\(/.exec(cli);
  if (left) throw new Error(`dist/bundle/cli.cjs calls import() at ${left.index}: add the package to lazyPackages`);
  writeFileSync(cliFile, cli);
  // The complete YAML parser and js-yaml, each as one file, which the loader requires when a file
  // first needs it (src/core/load/yaml-lib.ts): most runs never do.
  for (const [pkg, file] of [
    ['yaml', 'yaml.cjs'],
    ['js-yaml', 'js-yaml.cjs'],
  ]) {
    await build({
      ...common,
      entryPoints: [createRequire(import.meta.url).resolve(pkg)],
      outfile: path.join(out, 'bundle', file),
      format: 'cjs',
    });
  }
  mkdirSync(path.join(out, 'generated'), { recursive: true });
  for (const file of readdirSync(generatedDir)) {
    if (file.endsWith('.cjs') || file.endsWith('.json'))
      copyFileSync(path.join(generatedDir, file), path.join(out, 'generated', file));
  }
  // In a process of its own, started as the CLI is: V8 takes a code cache only from the same flags.
  execFileSync(process.execPath, [path.join(root, 'scripts', 'code-cache.mjs'), out], { stdio: 'inherit' });
  const old = path.join(root, `.dist-old-${process.pid}`);
  if (existsSync(path.join(root, 'dist'))) renameSync(path.join(root, 'dist'), old);
  renameSync(out, path.join(root, 'dist'));
  rmSync(old, { recursive: true, force: true });
  console.log('built dist/');
} finally {
  rmSync(lock, { recursive: true, force: true });
}
