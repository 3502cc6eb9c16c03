// Every page route app.json declares: main-package pages, then each subpackage's (root + page).
// Pure (no renderer), so content and route tests can use it as well as the page harness.
import * as fs from 'node:fs';
import * as path from 'node:path';

const APP_JSON = path.resolve(__dirname, '../../miniprogram/app.json');

interface SubpackageJson {
  root?: unknown;
  pages?: unknown;
}

export interface AppJson {
  pages?: unknown;
  subpackages?: unknown;
  subPackages?: unknown;
  entryPagePath?: unknown;
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

export function readAppJson(): AppJson {
  return JSON.parse(fs.readFileSync(APP_JSON, 'utf8')) as AppJson;
}

/** Routes of every page in app.json, main package first, then each subpackage's. */
export function appPageRoutes(): string[] {
  const app = readAppJson();
  const routes = strings(app.pages);
  const subs = app.subpackages ?? app.subPackages;
  for (const sub of Array.isArray(subs) ? (subs as SubpackageJson[]) : []) {
    if (typeof sub.root !== 'string') continue;
    const root = sub.root.replace(/^\/+|\/+$/g, '');
    for (const page of strings(sub.pages)) routes.push(`${root}/${page}`);
  }
  return routes;
}

export const APP_ROUTES: readonly string[] = appPageRoutes();
