// The starting points of `perfcoord init`: examples/minimal and examples/seed,
// gathered into src/generated/templates.json (the package ships dist/, not
// examples/). Run by scripts/build.mjs before compiling.
import { existsSync, lstatSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const TEMPLATE_NAMES = ['minimal', 'seed'];

function walk(dir, rel, out) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const relative = rel === '' ? name : `${rel}/${name}`;
    const stat = lstatSync(full);
    // A link could pull in a file from outside the example.
    if (stat.isSymbolicLink()) throw new Error(`templates: ${full} is a symbolic link; examples hold plain files only`);
    if (stat.isDirectory()) walk(full, relative, out);
    else if (stat.isFile() && /\.ya?ml$/.test(name)) out.push(relative);
  }
  return out;
}

/** { minimal: { path: content }, seed: { … } }, paths sorted, "/"-separated. */
export function collectTemplates(root) {
  const templates = {};
  for (const name of TEMPLATE_NAMES) {
    const dir = path.join(root, 'examples', name);
    const files = {};
    for (const file of walk(dir, '', []).sort()) files[file] = readFileSync(path.join(dir, file), 'utf8');
    if (!('perfcoord.yaml' in files)) throw new Error(`templates: examples/${name} has no perfcoord.yaml`);
    templates[name] = files;
  }
  return templates;
}

export default function generateTemplates(root) {
  const target = path.join(root, 'src/generated/templates.json');
  const text = `${JSON.stringify(collectTemplates(root), null, 2)}\n`;
  // Unchanged content keeps its timestamp, so watchers and caches stay quiet.
  if (existsSync(target) && readFileSync(target, 'utf8') === text) return;
  writeFileSync(target, text);
}
