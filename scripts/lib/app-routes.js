// @ts-check
// Every page route an app.json declares: main-package pages, then each subpackage's (root + page),
// reading `subpackages` or the older `subPackages`. Shared by the staff kit, the preview and tests.
'use strict';

/** @param {unknown} value @returns {string[]} */
function strings(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

/**
 * @param {{ pages?: unknown, subpackages?: unknown, subPackages?: unknown }} appJson
 * @returns {string[]}
 */
function appPageRoutes(appJson) {
  const routes = strings(appJson.pages);
  const subs = appJson.subpackages ?? appJson.subPackages;
  for (const sub of Array.isArray(subs) ? subs : []) {
    const { root, pages } = /** @type {{ root?: unknown, pages?: unknown }} */ (sub);
    if (typeof root !== 'string') continue;
    const base = root.replace(/^\/+|\/+$/g, '');
    for (const page of strings(pages)) routes.push(`${base}/${page}`);
  }
  return routes;
}

/**
 * The subpackage roots, without slashes at either end ('guide').
 * @param {{ subpackages?: unknown, subPackages?: unknown }} appJson
 * @returns {string[]}
 */
function subpackageRoots(appJson) {
  const subs = appJson.subpackages ?? appJson.subPackages;
  return (Array.isArray(subs) ? subs : [])
    .map((sub) => /** @type {{ root?: unknown }} */ (sub).root)
    .filter((root) => typeof root === 'string')
    .map((root) => root.replace(/^\/+|\/+$/g, ''));
}

module.exports = { appPageRoutes, subpackageRoots };
