/** Finding a Chromium or Chrome to render SVG with: --chrome, the environment, then the usual install paths. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, UsageError } from '../core/errors.js';

export interface FindChromeOptions {
  /** --chrome PATH */
  flag?: string;
  env: Record<string, string | undefined>;
  cwd: string;
  platform?: NodeJS.Platform;
  /** Whether an executable file is there (injected in tests). */
  exists?: (file: string) => boolean;
}

/** The variables other tools already use to point at a browser. */
export const CHROME_ENV = ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const;

export function defaultChromePaths(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  switch (platform) {
    case 'darwin':
      return [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      ];
    case 'win32':
      return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
        .filter((dir): dir is string => dir !== undefined && dir !== '')
        .flatMap((dir) => [
          path.win32.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'),
          path.win32.join(dir, 'Chromium', 'Application', 'chrome.exe'),
        ]);
    default:
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/lib/chromium/chromium',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/google-chrome',
        '/opt/google/chrome/chrome',
        '/snap/bin/chromium',
      ];
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Why a path that was named is not a browser. */
function notThere(file: string): string {
  try {
    if (statSync(file).isDirectory()) return 'that is a folder, not the browser program';
  } catch {
    // not there at all
  }
  return 'there is no such file';
}

/**
 * The browser to use, or undefined when none is installed. A path that was
 * asked for (--chrome or a variable) and is not there is an error, not a
 * reason to quietly pick another browser.
 */
export function findChrome(options: FindChromeOptions): string | undefined {
  const exists = options.exists ?? isFile;
  if (options.flag !== undefined) {
    const file = path.resolve(options.cwd, options.flag);
    if (!exists(file)) throw new UsageError(`--chrome ${options.flag}: ${notThere(file)}`);
    return file;
  }
  for (const name of CHROME_ENV) {
    const value = options.env[name];
    if (value === undefined || value === '') continue;
    if (!exists(value)) throw new ConfigError(`${name}=${value}: ${notThere(value)}`);
    return value;
  }
  return defaultChromePaths(options.platform ?? process.platform, options.env).find((file) => exists(file));
}

export const CHROME_INSTALL = [
  'Install one, for example:',
  '  Debian or Ubuntu: sudo apt-get install chromium fonts-liberation',
  '  macOS:            brew install --cask chromium',
  'or name one with --chrome PATH (or PUPPETEER_EXECUTABLE_PATH=PATH).',
].join('\n');

export const CHROME_MISSING = `--svg needs Chromium or Chrome, and none was found.\n${CHROME_INSTALL}`;
