// Runs the official wcc/wcsc binaries from miniprogram-compiler directly, so a compile error
// fails with the compiler's own message. The binary is picked for the platform (Linux, macOS,
// Windows); one that is not executable is copied to a temp dir and made executable there, so
// node_modules is never written to.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

export const COMPILER_PACKAGE = path.dirname(
  createRequire(__filename).resolve('miniprogram-compiler/package.json'),
);

/** miniprogram-compiler's binary for this platform, relative to the package. */
export function binaryFor(
  binary: 'wcc' | 'wcsc',
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return `bin/windows/${binary}.exe`;
  if (platform === 'darwin') return `bin/mac/${binary}`;
  if (platform === 'linux') return `bin/linux/${binary}`;
  throw new Error(`miniprogram-compiler ships no ${binary} for ${platform}`);
}

const executables = new Map<string, string>();

/** A path to run: the packaged file when it is executable, else an executable copy in tmp. */
function executable(binary: 'wcc' | 'wcsc'): string {
  const cached = executables.get(binary);
  if (cached) return cached;
  const packaged = path.join(COMPILER_PACKAGE, binaryFor(binary));
  let runnable = packaged;
  if (process.platform !== 'win32') {
    try {
      fs.accessSync(packaged, fs.constants.X_OK);
    } catch {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wechat-compiler-'));
      runnable = path.join(dir, binary);
      fs.copyFileSync(packaged, runnable);
      fs.chmodSync(runnable, 0o755);
    }
  }
  executables.set(binary, runnable);
  return runnable;
}

function run(binary: 'wcc' | 'wcsc', args: string[], cwd: string): string {
  const result = spawnSync(executable(binary), args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${binary} failed: ${result.stderr.toString()}`);
  }
  return result.stdout.toString();
}

/**
 * Files with the extension under root, relative with '/' on every system (wcc keys templates by
 * these paths), excluding miniprogram_npm and node_modules.
 */
export function ownFiles(root: string, extension: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'miniprogram_npm' || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(extension))
        found.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

export function compileWxml(root: string, files: string[]): string {
  return run('wcc', ['-d', '-cc', '0', ...files, '-gn', '$gwx'], root);
}

/** Page and component styles (those with a .json beside them) go first, as DevTools orders them. */
export function compileWxss(root: string, files: string[]): string {
  const isComponent = (file: string): boolean =>
    fs.existsSync(path.join(root, file.replace(/\.wxss$/, '.json')));
  const components = files.filter(isComponent);
  const others = files.filter((file) => !isComponent(file));
  return run('wcsc', ['-db', '-pc', String(components.length), ...components, ...others], root);
}
