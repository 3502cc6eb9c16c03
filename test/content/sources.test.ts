// Every outside claim names its own source: organisation, title, year and URL, from a university
// notice or national media, never a content farm; the generic "据公开资料" line is gone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contactCardView } from '../../miniprogram/guide/content/contact-card';
import { privacyView } from '../../miniprogram/views/privacy';
import { problems } from '../../miniprogram/content/problems';
import { sections } from '../../miniprogram/content/sections';
import {
  ALL_PUBLIC_SOURCES,
  SOURCES,
  citeLine,
  referenceLine,
} from '../../miniprogram/content/sources';
import type { PublicSource } from '../../miniprogram/content/types';
import { problemView, sectionView } from '../../miniprogram/guide/views/guide';
import { MINIPROGRAM_ROOT } from '../helpers/render';

/** Mirrors and content farms that copy CHSI and college pages without owner or date; never a source. */
const DISTRUSTED = [
  'shoescoupon.org',
  'tp347h.cn',
  'njgwfs.com',
  'aigosec.com',
  'falsta.com',
  'bfncomunicacoes.com',
  'zhcng.com',
  'shfzb.com',
  'fudaoke.com',
  'pharmst.cn',
  'juduo.cc',
  'kmmba.net',
  'sevw.cn',
  'wendu.com',
];

const notices = [...sections.flatMap((s) => s.parts), ...problems.flatMap((p) => p.parts)]
  .flatMap((part) => part.blocks)
  .flatMap((block) => (block.type === 'notice' ? [block] : []));

function complete(source: PublicSource): void {
  expect(source.organisation.trim()).not.toBe('');
  expect(source.title.trim()).not.toBe('');
  expect(source.year).toBeGreaterThan(1990);
  expect(source.year).toBeLessThanOrEqual(new Date().getUTCFullYear());
  expect(source.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
}

test.each(ALL_PUBLIC_SOURCES.map((source) => [source.id, source] as const))(
  'source %s has organisation, title, year and URL, from a trusted site',
  (_id, source) => {
    complete(source);
    const host = new URL(source.url).hostname;
    expect(DISTRUSTED.some((bad) => host.endsWith(bad))).toBe(false);
    expect(host.endsWith('.edu.cn') || /hnist\.cn$|cctv\.com|hebei\.com\.cn/.test(host)).toBe(true);
  },
);

test('every notice with an outside fact carries a complete source, shown as a short 据… line', () => {
  const sourced = notices.filter((notice) => notice.source);
  expect(sourced.length).toBeGreaterThanOrEqual(8);
  for (const notice of sourced) if (notice.source) complete(notice.source);
  const views = [...sections.map(sectionView), ...problems.map(problemView)];
  const notes = views.flatMap((view) =>
    view.parts.flatMap((part) => part.blocks.map((block) => block.sourceNote)),
  );
  expect(notes).toContain('据河南工程学院教务处 2025 年通知');
  expect(notes).toContain('据四川大学教务处 2021 年通知');
  for (const note of notes.filter(Boolean)) expect(note).toMatch(/^据.+\d{4} 年.+$/);
});

test('the facts from outside the guide are each sourced, not presented as the guide', () => {
  const outside = notices.filter((notice) =>
    /24 小时|在籍（注册学籍）|仿冒|个人中心|高等教育信息|身份核验|学信网 App 都可以/.test(
      notice.text,
    ),
  );
  expect(outside.length).toBeGreaterThanOrEqual(7);
  for (const notice of outside) expect(notice.source?.kind).toBe('public');
});

test('every page footer lists each source it cites in full, and the date is explained', () => {
  for (const view of [...sections.map(sectionView), ...problems.map(problemView)]) {
    const cited = new Set(
      view.parts.flatMap((part) => part.blocks.map((block) => block.sourceNote)).filter(Boolean),
    );
    const lines = view.sources.lines.join('\n');
    for (const source of ALL_PUBLIC_SOURCES) {
      if (cited.has(citeLine(source))) expect(lines).toContain(referenceLine(source));
    }
    expect(view.sources.lines[0]).toMatch(/^来源：/);
  }
});

test('the 资料来源 list names every source and the CHSI contact shows its own', () => {
  const list = privacyView().sections.find((section) => section.key === 'sources');
  for (const source of ALL_PUBLIC_SOURCES) expect(list?.lines).toContain(referenceLine(source));
  expect(contactCardView('account').sourceNote).toContain(citeLine(SOURCES.haue2025));
});

test('no generic PUBLIC_SOURCE-style reference remains anywhere in the mini-program', () => {
  const generic = /\bPUBLIC_SOURCE\b|据公开资料|多所高校|未在学信网上核实/;
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.name === 'miniprogram_npm') continue;
      if (entry.isDirectory()) walk(full);
      else if (
        /\.(ts|wxml|json)$/.test(entry.name) &&
        generic.test(fs.readFileSync(full, 'utf8'))
      ) {
        offenders.push(path.relative(MINIPROGRAM_ROOT, full));
      }
    }
  };
  walk(MINIPROGRAM_ROOT);
  expect(offenders).toEqual([]);
});
