import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** import() as the caller's module has it: code compiled from a cache cannot call import() itself. */
export type ImportModule = (specifier: string) => Promise<unknown>;

const noImport: ImportModule = (specifier) => Promise.reject(new Error(`cannot import ${specifier} here`));

/**
 * A CommonJS file as require() runs it, compiled with V8's code cache when the build made one: the
 * bytecode of the functions a typical run calls, so that they are neither parsed nor compiled
 * again. V8 refuses a cache from another version or other flags, and the file is then compiled as
 * usual; so it is when there is no cache. Node has no loader for import() in code compiled from a
 * cache, so the build writes __perfcoordImport(...) there instead, which `importModule` answers.
 */
export function requireCached(file: string, cacheFile: string, importModule: ImportModule = noImport): unknown {
  let cachedData: Buffer;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    return createRequire(file)(file);
  }
  return runScript(compile(readFileSync(file, 'utf8'), file, cachedData), file, importModule);
}

/** Runs what compile() made of `file` as require() runs a file, and returns its exports. */
export function runScript(script: vm.Script, file: string, importModule: ImportModule = noImport): unknown {
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, path.dirname(file), importModule);
  return module.exports;
}

/**
 * The file wrapped as require() wraps it, with __perfcoordImport besides; the build makes the
 * cache from the very same script.
 */
export function compile(source: string, file: string, cachedData?: Buffer): vm.Script {
  return new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __perfcoordImport) {${source}\n})`,
    { filename: file, ...(cachedData ? { cachedData } : {}) },
  );
}
