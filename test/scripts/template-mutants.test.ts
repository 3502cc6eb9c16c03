// The mutant finder of `npm run mutation:templates`: each operator makes the one edit it names, on
// a small template and content module written here, and finds the three faults the tests once
// missed in the real files (so a change of the finder cannot quietly stop mutating them).
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Mutant {
  file: string;
  line: number;
  operator: string;
  description: string;
  edit: { start: number; end: number; text: string };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const finder = require('../../scripts/lib/template-mutants') as {
  wxmlMutants(file: string, source: string): Mutant[];
  contentMutants(file: string, source: string): Mutant[];
  applyEdit(source: string, edit: Mutant['edit']): string;
  sample(mutants: Mutant[], cap: number, seed: number): Mutant[];
  parseWxml(source: string): unknown;
};

const ROOT = path.resolve(__dirname, '../..');

function applied(source: string, mutants: Mutant[], operator: string): string[] {
  return mutants
    .filter((mutant) => mutant.operator === operator)
    .map((mutant) => finder.applyEdit(source, mutant.edit));
}

const TEMPLATE = [
  '<page-meta root-font-size="system"></page-meta>',
  '<view wx:if="{{a > 1}}" class="x" data-id="{{id}}" bindtap="onTap">A</view>',
  '<view wx:elif="{{b}}">B</view>',
  '<view wx:else>C</view>',
  '<button open-type="share" catch:tap="onShare">D</button>',
  '<!-- <view bindtap="commented">no</view> -->',
  '<view><text>1</text><text>2</text></view>',
].join('\n');

test('a template: each branch, data-*, handler and open-type dropped, and blocks swapped', () => {
  const mutants = finder.wxmlMutants('t.wxml', TEMPLATE);
  expect(applied(TEMPLATE, mutants, 'drop-branch')).toEqual([
    TEMPLATE.replace('wx:if="{{a > 1}}"', 'wx:if="{{false}}"'),
    TEMPLATE.replace('wx:elif="{{b}}"', 'wx:elif="{{false}}"'),
  ]);
  expect(applied(TEMPLATE, mutants, 'drop-data')).toEqual([
    TEMPLATE.replace(' data-id="{{id}}"', ''),
  ]);
  expect(applied(TEMPLATE, mutants, 'drop-handler')).toEqual([
    TEMPLATE.replace(' bindtap="onTap"', ''),
    TEMPLATE.replace(' catch:tap="onShare"', ''),
  ]);
  expect(applied(TEMPLATE, mutants, 'drop-open-type')).toEqual([
    TEMPLATE.replace(' open-type="share"', ''),
  ]);
  // Only the button and the last view swap: not page-meta, not a wx:elif/wx:else chain, not two
  // texts of one line.
  expect(applied(TEMPLATE, mutants, 'swap-siblings')).toEqual([
    TEMPLATE.replace(
      '<button open-type="share" catch:tap="onShare">D</button>\n<!-- <view bindtap="commented">no</view> -->\n<view><text>1</text><text>2</text></view>',
      '<view><text>1</text><text>2</text></view>\n<!-- <view bindtap="commented">no</view> -->\n<button open-type="share" catch:tap="onShare">D</button>',
    ),
  ]);
  expect(mutants.map((mutant) => mutant.line).sort()).toEqual([2, 2, 2, 3, 5, 5, 5]);
});

test('an empty view (a mask under a sheet) is never swapped: there is nothing on it to read', () => {
  const sheet =
    '<view class="mask" bindtap="onClose"></view>\n<view class="panel"><text>P</text></view>';
  const swaps = (source: string) =>
    finder.wxmlMutants('t.wxml', source).filter((mutant) => mutant.operator === 'swap-siblings');
  expect(swaps(sheet)).toEqual([]);
  expect(swaps(sheet.replace('></view>', '>M</view>'))).toHaveLength(1);
  expect(swaps(sheet.replace('></view>', '/>'))).toEqual([]);
});

test('an unbalanced template is reported, not guessed', () => {
  expect(() => finder.parseWxml('<view><text>x</view>')).toThrow('unbalanced </view>');
  expect(() => finder.parseWxml('<view>')).toThrow('never closed');
});

const CONTENT = `
const NOTE = { type: 'notice', level: 'irreversible', text: 'n' };
const parts = [
  { id: 'a', title: 'A', blocks: [NOTE, { type: 'steps', steps: [{ text: 's1' }, { text: 's2' }] }] },
  { id: 'b', title: 'B', blocks: [{ type: 'paragraph', text: 'p' }] },
];
const options = [{ label: 'x', opens: 'b', consequence: 'c' }];
`;

test('content: a consequence, a notice and each step dropped, neighbouring parts swapped', () => {
  const mutants = finder.contentMutants('c.ts', CONTENT);
  expect(mutants.map((mutant) => mutant.operator).sort()).toEqual([
    'drop-consequence',
    'drop-notice',
    'drop-step',
    'drop-step',
    'swap-parts',
  ]);
  const edited = (operator: string) => applied(CONTENT, mutants, operator).join('\n');
  expect(edited('drop-consequence')).toContain("{ label: 'x', opens: 'b', }");
  expect(edited('drop-notice')).toContain("blocks: [ { type: 'steps'");
  expect(applied(CONTENT, mutants, 'drop-step')).toEqual([
    CONTENT.replace("[{ text: 's1' }, ", '[ '),
    CONTENT.replace(" { text: 's2' }", ''),
  ]);
  const swapped = edited('swap-parts');
  expect(swapped.indexOf("id: 'b'")).toBeLessThan(swapped.indexOf("id: 'a'"));
});

test('a capped sample is repeatable and tries every operator', () => {
  const mutants = finder.wxmlMutants('t.wxml', TEMPLATE);
  const once = finder.sample(mutants, 4, 19);
  expect(finder.sample(mutants, 4, 19)).toEqual(once);
  expect(new Set(once.map((mutant) => mutant.operator)).size).toBe(4);
  expect(finder.sample(mutants, 99, 19)).toEqual(mutants);
});

test('the real files carry the three faults the tests once missed, as mutants', () => {
  const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
  const part = 'miniprogram/guide/components/guide-part/index.wxml';
  const helper = 'miniprogram/helper/pages/class-helper/index.wxml';
  const problems = 'miniprogram/content/problems.ts';
  const described = (mutants: Mutant[]) => mutants.map((mutant) => mutant.description);
  expect(described(finder.wxmlMutants(part, read(part)))).toContain(
    `<view wx:elif="{{block.type === 'notice'}}"> never shown`,
  );
  expect(
    finder
      .wxmlMutants(helper, read(helper))
      .filter((mutant) => mutant.description === '<button> loses data-id'),
  ).toHaveLength(2);
  expect(described(finder.contentMutants(problems, read(problems)))).toContain(
    "answer loses consequence: '旧账号将被注销'",
  );
});
