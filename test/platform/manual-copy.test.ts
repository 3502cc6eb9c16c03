/**
 * @jest-environment node
 */
// When copying fails or the student declines the privacy guide, the app shows the text in a
// dialog, whose text cannot be selected on a phone. The same text on the page is what the student
// long-presses instead, so every place that shows a value the app copies must let it be selected
// (`user-select` on <text>; the renderers used in tests drop the attribute, so the templates are
// read directly).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MINIPROGRAM_ROOT } from '../helpers/render';

/** Template, and the class of the <text> that shows a value the app copies. */
const COPIED_VALUES: readonly (readonly [string, string])[] = [
  ['components/copy-chips/index.wxml', 'copy-chip__value'],
  ['components/paste-sheet/index.wxml', 'paste-sheet__value'],
  ['guide/components/contact-card/index.wxml', 'contact-card__message'],
  ['guide/components/contact-card/index.wxml', 'contact-card__line'],
];

/** The opening tags of <text> elements whose class list has `className`. */
function textTags(wxml: string, className: string): string[] {
  return [...wxml.matchAll(/<text\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => (/\bclass="([^"]*)"/.exec(tag)?.[1] ?? '').split(/\s+/).includes(className));
}

test.each(COPIED_VALUES)('%s: the .%s text can be long-pressed and copied', (file, className) => {
  const wxml = fs.readFileSync(path.join(MINIPROGRAM_ROOT, file), 'utf8');
  const tags = textTags(wxml, className);
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags)
    expect({ tag, selectable: /\suser-select(\s|=|>|\/)/.test(tag) }).toEqual({
      tag,
      selectable: true,
    });
});
