import {
  FINDER_CONTACT,
  FINDER_START,
  finderNode,
  finderNodes,
  NONE_OF_THESE,
  type FinderNode,
} from '../../miniprogram/tools/content/finder';
import { finderView } from '../../miniprogram/tools/views/finder';
import { PROBLEM_IDS, problems as allProblems } from '../../miniprogram/content/problems';
import { schoolConfig } from '../../miniprogram/content/school-config';

function reachable(): Set<string> {
  const seen = new Set<string>();
  const queue = [FINDER_START];
  while (queue.length > 0) {
    const id = queue.shift() ?? '';
    if (seen.has(id)) continue;
    seen.add(id);
    const node = finderNode(id);
    if (node?.kind === 'question') queue.push(...node.options.map((option) => option.next));
  }
  return seen;
}

const reached = [...reachable()]
  .map(finderNode)
  .filter((node): node is FinderNode => node !== undefined);

test('node ids are unique and every option leads to a node that exists', () => {
  const ids = finderNodes.map((node) => node.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const node of finderNodes) {
    if (node.kind !== 'question') continue;
    for (const option of node.options) expect(finderNode(option.next)).toBeDefined();
  }
});

test('every node is reachable from the start (nothing orphaned)', () => {
  expect(reached.map((node) => node.id).sort()).toEqual(finderNodes.map((node) => node.id).sort());
});

test('every problem is reachable', () => {
  const problems = new Set(
    reached.flatMap((node) =>
      node.kind === 'answer' && node.to?.kind === 'problem' ? [node.to.id] : [],
    ),
  );
  // Numeric order: a default sort() would put 10 before 2.
  expect([...problems].sort((a, b) => a - b)).toEqual([...PROBLEM_IDS]);
});

test('every path of problem 3 is reachable, and each names a part that exists', () => {
  const parts = reached.flatMap((node) =>
    node.kind === 'answer' && node.to?.kind === 'problem' && node.to.id === 3
      ? [node.to.part ?? '']
      : [],
  );
  expect(parts).toEqual(expect.arrayContaining(['record', 'classmate', 'app']));
  const known = (allProblems.find((problem) => problem.id === 3)?.parts ?? []).map(
    (part) => part.id,
  );
  for (const part of parts) expect(known).toContain(part);
});

test('no dead ends: every question has options, every answer points somewhere', () => {
  for (const node of finderNodes) {
    if (node.kind === 'question') expect(node.options.length).toBeGreaterThanOrEqual(2);
    else expect(node.to).toBeDefined();
  }
  expect(finderNode(FINDER_CONTACT)?.kind).toBe('answer');
});

test('no cycles: a depth-first walk never meets a node on its own path', () => {
  const visit = (id: string, path: readonly string[]): void => {
    expect(path).not.toContain(id);
    const node = finderNode(id);
    if (node?.kind === 'question')
      for (const option of node.options) visit(option.next, [...path, id]);
  };
  visit(FINDER_START, []);
});

test('every question has the way out to the contact', () => {
  for (const node of finderNodes) {
    if (node.kind !== 'question') continue;
    const way = node.options.find((option) => option.label === NONE_OF_THESE);
    expect(way?.next).toBe(FINDER_CONTACT);
  }
  const contact = finderNode(FINDER_CONTACT);
  const text = contact?.kind === 'answer' ? contact.text : '';
  expect(text).toContain(`${schoolConfig.contact.office}${schoolConfig.contact.person}`);
  // Account trouble goes to CHSI, not to the school (the guide's 注意 2).
  expect(text).toContain(schoolConfig.chsiServiceEmail);
});

test('before any answer that leads to re-registering, the finder asks about the old account', () => {
  // Every path from the start to the answers that tick 我要重新注册 passes a question that asks
  // whether the old account can still be used.
  const leadsToReregister = new Set(['p8', 'p2']);
  const asksOldAccount = (id: string): boolean => {
    const node = finderNode(id);
    return node?.kind === 'question' && /旧账号|以前用这个身份证号注册过|还能登录/.test(node.text);
  };
  const visit = (id: string, asked: boolean): void => {
    const node = finderNode(id);
    if (!node) return;
    if (node.kind === 'answer') {
      if (leadsToReregister.has(id)) expect({ id, asked }).toEqual({ id, asked: true });
      return;
    }
    for (const option of node.options) visit(option.next, asked || asksOldAccount(id));
  };
  visit(FINDER_START, false);
});

test('the finder asks whether the student registered before and what the register page said', () => {
  const texts = finderNodes.flatMap((node) => (node.kind === 'question' ? [node.text] : []));
  expect(texts).toEqual(
    expect.arrayContaining(['以前注册过学信网吗？', '注册时，屏幕上提示的是哪一句？']),
  );
  expect(texts.some((text) => text.startsWith('高中时办过兵役登记'))).toBe(true);
  expect(texts).toContain('那个旧账号（例如高中兵役登记时注册的）你还能登录吗？');
});

test('the view of a path shows the trail, and a bad path restarts', () => {
  const view = finderView([FINDER_START, 'register-message', 'phone-own', 'p9']);
  expect(view.trail).toEqual(['没注册过，正在注册', '手机号已存在', '不是我的账号']);
  expect(view.answer?.url).toBe('/guide/pages/problem/index?id=9');
  expect(finderView(['nonsense']).question?.text).toBe('以前注册过学信网吗？');
  expect(finderView([]).question?.text).toBe('以前注册过学信网吗？');
});

test('the trail echoes the very answer chosen: no two answers of a question lead to the same place', () => {
  for (const node of finderNodes) {
    if (node.kind !== 'question') continue;
    const nexts = node.options.map((option) => option.next);
    expect({
      id: node.id,
      repeated: nexts.filter((next, at) => nexts.indexOf(next) !== at),
    }).toEqual({ id: node.id, repeated: [] });
  }
  const view = finderView([FINDER_START, 'register-message', 'old-account-id', 'recover-unsure']);
  expect(view.trail).toEqual([
    '没注册过，正在注册',
    '证件号码已被注册，查看【解决方法】',
    '不记得',
  ]);
});

test('a changed name and a missing SMS code each have a branch to their part of the guide', () => {
  const renamed = finderView([FINDER_START, 'account-state', 'renamed']);
  expect(renamed.trail).toEqual(['注册过（或者不确定）', '入学后改了名字']);
  expect(renamed.answer?.url).toBe('/guide/pages/section/index?id=login&part=renamed');
  const sms = finderView([FINDER_START, 'register-message', 'sms']);
  expect(sms.answer?.url).toBe('/guide/pages/section/index?id=register&part=sms');
});
