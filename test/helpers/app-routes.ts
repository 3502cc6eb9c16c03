// Every page route app.json declares: main-package pages, then each subpackage's (root + page).
// Pure (no renderer), so content and route tests can use it as well as the page harness.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { appPageRoutes as appPageRoutesOf } from '../../scripts/lib/app-routes';

const APP_JSON = path.resolve(__dirname, '../../miniprogram/app.json');

export interface AppJson {
  pages?: unknown;
  subpackages?: unknown;
  subPackages?: unknown;
  entryPagePath?: unknown;
}

export function readAppJson(): AppJson {
  return JSON.parse(fs.readFileSync(APP_JSON, 'utf8')) as AppJson;
}

/** Routes of every page in app.json, main package first, then each subpackage's. */
export function appPageRoutes(): string[] {
  return appPageRoutesOf(readAppJson());
}

export const APP_ROUTES: readonly string[] = appPageRoutes();
