// @ts-check
// The screens worth looking at: every page in app.json as opened without a query, plus every
// guide section and every problem (opened through the app's own link builder). Screenshots and
// the e2e "every page renders" test both use this list. Add a page that needs a query here.
'use strict';
require('../lib/register-ts');
const path = require('node:path');
const { discover } = require('./build');

/**
 * @typedef {{ name: string, path: string, query: string, lands: string }} Screen
 * @returns {Screen[]}
 */
function previewScreens() {
  const content = path.join(__dirname, '../../miniprogram/content');
  /** @type {{ linkUrl: (target: unknown) => string }} */
  const links = require(path.join(content, 'links'));
  /** @type {{ PAGES: { entry: string } }} */
  const { PAGES } = require(path.join(__dirname, '../../miniprogram/core/page-paths'));
  /** @type {{ sections: readonly { id: string }[] }} */
  const { sections } = require(path.join(content, 'sections'));
  /** @type {{ problems: readonly { id: number }[] }} */
  const { problems } = require(path.join(content, 'problems'));
  const views = path.join(__dirname, '../../miniprogram/guide/views');
  /** @type {{ problemParts: (problem: unknown) => readonly { id: string }[] }} */
  const guide = require(path.join(views, 'guide'));
  /** @type {{ decidedParts: (parts: readonly unknown[]) => ReadonlySet<string> }} */
  const blocks = require(path.join(views, 'blocks'));
  /** @param {string} name @param {string} url @returns {Screen} */
  const fromUrl = (name, url) => {
    const [page = '', query = ''] = url.replace(/^\//, '').split('?');
    return { name, path: page, query, lands: page };
  };
  // The entry page only redirects: open it as a forwarded card for problem 3 would.
  const entryRoute = PAGES.entry.replace(/^\//, '');
  /** @param {string} page @returns {Screen} */
  const pageScreen = (page) =>
    page === entryRoute
      ? {
          name: page.replace(/\//g, '_'),
          path: page,
          query: 'r=p3&from=share',
          lands: 'guide/pages/problem/index',
        }
      : { name: page.replace(/\//g, '_'), path: page, query: '', lands: page };
  return [
    ...discover().pages.map(pageScreen),
    ...sections.map((section) =>
      fromUrl(`section-${section.id}`, links.linkUrl({ kind: 'section', id: section.id })),
    ),
    ...problems.map((problem) =>
      fromUrl(`problem-${problem.id}`, links.linkUrl({ kind: 'problem', id: problem.id })),
    ),
    // A part that a decision keeps closed, opened as its answer (or a link with part=) opens it.
    ...problems.flatMap((problem) =>
      [...blocks.decidedParts(guide.problemParts(problem))].map((part) =>
        fromUrl(
          `problem-${problem.id}-${part}`,
          links.linkUrl({ kind: 'problem', id: problem.id, part }),
        ),
      ),
    ),
  ];
}

module.exports = { previewScreens };
