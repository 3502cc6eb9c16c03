// Runs the official wcc/wcsc binaries from miniprogram-compiler directly, so a compile error
// fails with the compiler's own message.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const BIN = path.join(
  path.dirname(createRequire(__filename).resolve('miniprogram-compiler/package.json')),
  'bin/linux',
);

function run(binary: string, args: string[], cwd: string): string {
  const file = path.join(BIN, binary);
  fs.chmodSync(file, 0o755);
  const result = spawnSync(file, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${binary} failed: ${result.stderr.toString()}`);
  }
  return result.stdout.toString();
}

/** Files with the extension under root, relative, excluding miniprogram_npm and node_modules. */
export function ownFiles(root: string, extension: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'miniprogram_npm' || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(extension)) found.push(path.relative(root, full));
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
