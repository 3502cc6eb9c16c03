// Every page route app.json declares: main-package pages, then each subpackage's (root + page).
import appJson from '../../miniprogram/app.json';

interface Subpackage {
  readonly root: string;
  readonly pages: readonly string[];
}

const subpackages: readonly Subpackage[] =
  (appJson as { subpackages?: readonly Subpackage[] }).subpackages ?? [];

export const APP_ROUTES: readonly string[] = [
  ...appJson.pages,
  ...subpackages.flatMap((sub) =>
    sub.pages.map((page) => `${sub.root.replace(/\/+$/, '')}/${page}`),
  ),
];
