// The few POSIX `path` functions miniprogram-simulate and j-component use, for the browser.
'use strict';

function normalize(input) {
  const absolute = input.startsWith('/');
  const out = [];
  for (const part of input.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  return (absolute ? '/' : '') + out.join('/') || (absolute ? '/' : '.');
}
const join = (...parts) => normalize(parts.filter(Boolean).join('/'));
const dirname = (p) => {
  const index = p.lastIndexOf('/');
  if (index < 0) return '.';
  return index === 0 ? '/' : p.slice(0, index);
};
const basename = (p, ext) => {
  const base = p.slice(p.lastIndexOf('/') + 1);
  return ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
};
const extname = (p) => {
  const base = basename(p);
  const index = base.lastIndexOf('.');
  return index > 0 ? base.slice(index) : '';
};
const resolve = (...parts) => {
  let out = '';
  for (const part of parts) out = part.startsWith('/') ? part : `${out}/${part}`;
  return normalize(out.startsWith('/') ? out : `/${out}`);
};
const relative = (from, to) => {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
};
const isAbsolute = (p) => p.startsWith('/');

const path = {
  normalize,
  join,
  dirname,
  basename,
  extname,
  resolve,
  relative,
  isAbsolute,
  sep: '/',
};
path.posix = path;
module.exports = path;
