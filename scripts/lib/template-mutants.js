// @ts-check
// Finds the mutants of `npm run mutation:templates` in any WXML template and in the guide's content
// data, by structure rather than by name, so new pages, components, problems and parts are covered
// without listing them. A mutant is one text edit of one file; the runner applies it to a scratch
// copy. WXML: a wx:if/wx:elif branch never shown, a data-* attribute, a bind/catch handler or an
// open-type dropped, two sibling elements swapped. Content (TypeScript data, read with the
// TypeScript parser): a decision answer's consequence, a notice or a step dropped, two parts swapped.
'use strict';
const ts = require('typescript');

/**
 * @typedef {{ name: string, start: number, end: number, value: string }} Attribute
 *   start..end covers the attribute and the whitespace before it (removing it leaves valid WXML).
 * @typedef {{
 *   name: string, start: number, end: number, openEnd: number, attributes: Attribute[],
 *   children: WxmlElement[]
 * }} WxmlElement
 *   start..openEnd is the opening tag, start..end the whole element
 * @typedef {{ start: number, end: number, text: string }} Edit
 * @typedef {{ file: string, line: number, operator: string, description: string, edit: Edit }} Mutant
 */

/** The line (1-based) of a character offset. */
function lineOf(/** @type {string} */ source, /** @type {number} */ offset) {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (source.charCodeAt(index) === 10) line += 1;
  return line;
}

/**
 * A small WXML reader: elements with their attributes and children, comments skipped. Throws on
 * an unbalanced tag (the mutation run reports the file rather than guessing).
 * @param {string} source
 * @returns {WxmlElement}
 */
function parseWxml(source) {
  /** @type {WxmlElement} */
  const root = {
    name: '#root',
    start: 0,
    end: source.length,
    openEnd: 0,
    attributes: [],
    children: [],
  };
  /** @type {WxmlElement[]} */
  const stack = [root];
  const length = source.length;
  let index = 0;
  while (index < length) {
    if (source.startsWith('<!--', index)) {
      const close = source.indexOf('-->', index);
      index = close < 0 ? length : close + 3;
      continue;
    }
    if (source[index] === '<' && source[index + 1] === '/') {
      const close = source.indexOf('>', index);
      const name = source.slice(index + 2, close).trim();
      const open = stack.pop();
      if (!open || open.name !== name || close < 0) {
        throw new Error(`unbalanced </${name}> at line ${lineOf(source, index)}`);
      }
      open.end = close + 1;
      index = close + 1;
      continue;
    }
    if (source[index] === '<' && /[A-Za-z]/.test(source[index + 1] ?? '')) {
      let cursor = index + 1;
      while (cursor < length && /[\w:.-]/.test(source[cursor] ?? '')) cursor += 1;
      const name = source.slice(index + 1, cursor);
      /** @type {Attribute[]} */
      const attributes = [];
      let selfClosing = false;
      for (;;) {
        const before = cursor;
        while (cursor < length && /\s/.test(source[cursor] ?? '')) cursor += 1;
        if (cursor >= length)
          throw new Error(`unclosed <${name}> at line ${lineOf(source, index)}`);
        if (source.startsWith('/>', cursor)) {
          selfClosing = true;
          cursor += 2;
          break;
        }
        if (source[cursor] === '>') {
          cursor += 1;
          break;
        }
        const nameStart = cursor;
        while (cursor < length && !/[\s=>]/.test(source[cursor] ?? '')) {
          if (source.startsWith('/>', cursor)) break;
          cursor += 1;
        }
        const attributeName = source.slice(nameStart, cursor);
        let value = '';
        if (source[cursor] === '=') {
          cursor += 1;
          const quote = source[cursor];
          if (quote === '"' || quote === "'") {
            const close = source.indexOf(quote, cursor + 1);
            if (close < 0) throw new Error(`unclosed attribute at line ${lineOf(source, cursor)}`);
            value = source.slice(cursor + 1, close);
            cursor = close + 1;
          } else {
            const valueStart = cursor;
            while (cursor < length && !/[\s>]/.test(source[cursor] ?? '')) cursor += 1;
            value = source.slice(valueStart, cursor);
          }
        }
        attributes.push({ name: attributeName, start: before, end: cursor, value });
      }
      const parent = stack[stack.length - 1];
      /** @type {WxmlElement} */
      const element = {
        name,
        start: index,
        end: cursor,
        openEnd: cursor,
        attributes,
        children: [],
      };
      parent?.children.push(element);
      if (!selfClosing) stack.push(element);
      index = cursor;
      continue;
    }
    index += 1;
  }
  if (stack.length !== 1) {
    const open = stack[stack.length - 1];
    throw new Error(`<${open?.name ?? '?'}> is never closed`);
  }
  return root;
}

const HANDLER = /^(bind|catch|capture-bind|capture-catch|mut-bind)/;

/** @param {WxmlElement} element @param {string} name */
function hasAttribute(element, name) {
  return element.attributes.some((attribute) => attribute.name === name);
}

/** A <view> with no child elements and no text. @param {WxmlElement} element @param {string} source */
function isEmptyView(element, source) {
  if (element.name !== 'view' || element.children.length > 0) return false;
  const inner = element.end > element.openEnd ? source.slice(element.openEnd, element.end) : '';
  return inner.replace(/<\/view>$/, '').trim() === '';
}

/**
 * The mutants of one WXML file.
 * @param {string} file  path shown in the report (relative to the project)
 * @param {string} source
 * @returns {Mutant[]}
 */
function wxmlMutants(file, source) {
  /** @type {Mutant[]} */
  const mutants = [];
  /** @param {string} operator @param {number} at @param {string} description @param {Edit} edit */
  const add = (operator, at, description, edit) =>
    mutants.push({ file, line: lineOf(source, at), operator, description, edit });
  /** @param {WxmlElement} element */
  const visit = (element) => {
    for (const attribute of element.attributes) {
      const drop = { start: attribute.start, end: attribute.end, text: '' };
      if (attribute.name === 'wx:if' || attribute.name === 'wx:elif') {
        add(
          'drop-branch',
          attribute.start,
          `<${element.name} ${attribute.name}="${attribute.value}"> never shown`,
          { start: attribute.start, end: attribute.end, text: ` ${attribute.name}="{{false}}"` },
        );
      } else if (attribute.name.startsWith('data-')) {
        add('drop-data', attribute.start, `<${element.name}> loses ${attribute.name}`, drop);
      } else if (HANDLER.test(attribute.name)) {
        add('drop-handler', attribute.start, `<${element.name}> loses ${attribute.name}`, drop);
      } else if (attribute.name === 'open-type') {
        add(
          'drop-open-type',
          attribute.start,
          `<${element.name}> loses open-type="${attribute.value}"`,
          drop,
        );
      }
    }
    // Two neighbouring elements swapped, except where the swap is no change a student can see
    // (identical siblings; page-meta, which WeChat reads wherever it is; two texts of one line) or
    // breaks a wx:if/wx:elif/wx:else chain (the template would no longer compile, an easy kill).
    const chained = (/** @type {WxmlElement} */ child) =>
      hasAttribute(child, 'wx:elif') || hasAttribute(child, 'wx:else');
    for (let index = 0; index + 1 < element.children.length; index += 1) {
      const first = element.children[index];
      const second = element.children[index + 1];
      if (!first || !second || chained(first) || chained(second)) continue;
      if (first.name === 'page-meta' || second.name === 'page-meta') continue;
      // Two pieces of text inside one line (a label and its value) are not blocks.
      if (first.name === 'text' && second.name === 'text') continue;
      // An empty view (a mask behind a sheet) has nothing to read; where a layer is drawn is set
      // by its z-index, not by its place in the markup.
      if (isEmptyView(first, source) || isEmptyView(second, source)) continue;
      const a = source.slice(first.start, first.end);
      const b = source.slice(second.start, second.end);
      if (a === b) continue;
      const between = source.slice(first.end, second.start);
      add(
        'swap-siblings',
        first.start,
        `<${first.name}> and the <${second.name}> after it swapped`,
        {
          start: first.start,
          end: second.end,
          text: `${b}${between}${a}`,
        },
      );
    }
    for (const child of element.children) visit(child);
  };
  visit(parseWxml(source));
  return mutants;
}

/** The string value of `type` in an object literal ('' when none). @param {ts.Node} node */
function typeOf(node) {
  if (!ts.isObjectLiteralExpression(node)) return '';
  for (const property of node.properties) {
    if (
      ts.isPropertyAssignment(property) &&
      property.name.getText() === 'type' &&
      ts.isStringLiteral(property.initializer)
    ) {
      return property.initializer.text;
    }
  }
  return '';
}

/** @param {ts.ObjectLiteralExpression} node @returns {string[]} */
function propertyNames(node) {
  return node.properties.flatMap((property) =>
    ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)
      ? [property.name.getText()]
      : [],
  );
}

/** True for a part: an object literal with id, title and blocks. @param {ts.Node} node */
function isPart(node) {
  if (!ts.isObjectLiteralExpression(node)) return false;
  const names = propertyNames(node);
  return ['id', 'title', 'blocks'].every((name) => names.includes(name));
}

/**
 * The mutants of one content module (TypeScript data).
 * @param {string} file
 * @param {string} source
 * @returns {Mutant[]}
 */
function contentMutants(file, source) {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.ES2020, true);
  /** Constants declared in the file, so `REREGISTER_NOTICE` in a blocks list counts as a notice. */
  /** @type {Map<string, ts.Expression>} */
  const constants = new Map();
  /** @param {ts.Node} node */
  const collect = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      constants.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, collect);
  };
  collect(sourceFile);
  /** @param {ts.Node} node @returns {ts.Node} */
  const resolved = (node) => (ts.isIdentifier(node) ? (constants.get(node.text) ?? node) : node);

  /** @type {Mutant[]} */
  const mutants = [];
  /** Removes a node and the comma after it. @param {ts.Node} node @returns {Edit} */
  const removal = (node) => {
    let end = node.end;
    const after = /^\s*,/.exec(source.slice(end));
    if (after) end += after[0].length;
    return { start: node.getFullStart(), end, text: '' };
  };
  /** @param {string} operator @param {ts.Node} node @param {string} description @param {Edit} edit */
  const add = (operator, node, description, edit) =>
    mutants.push({
      file,
      line: lineOf(source, node.getStart(sourceFile)),
      operator,
      description,
      edit,
    });
  const short = (/** @type {ts.Node} */ node) =>
    node.getText(sourceFile).replace(/\s+/g, ' ').slice(0, 60);

  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'consequence') {
      add('drop-consequence', node, `answer loses ${short(node)}`, removal(node));
    }
    if (ts.isArrayLiteralExpression(node)) {
      const parent = node.parent;
      const isSteps =
        ts.isPropertyAssignment(parent) &&
        parent.name.getText() === 'steps' &&
        typeOf(parent.parent) === 'steps';
      node.elements.forEach((element, index) => {
        if (typeOf(resolved(element)) === 'notice') {
          add('drop-notice', element, `notice dropped: ${short(element)}`, removal(element));
        }
        if (isSteps) add('drop-step', element, `step dropped: ${short(element)}`, removal(element));
        const next = node.elements[index + 1];
        if (next && isPart(resolved(element)) && isPart(resolved(next))) {
          const a = element.getText(sourceFile);
          const b = next.getText(sourceFile);
          const between = source.slice(element.end, next.getStart(sourceFile));
          add('swap-parts', element, `parts swapped: ${short(element)} ↔ ${short(next)}`, {
            start: element.getStart(sourceFile),
            end: next.end,
            text: `${b}${between}${a}`,
          });
        }
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return mutants;
}

/** @param {string} source @param {Edit} edit */
function applyEdit(source, edit) {
  return source.slice(0, edit.start) + edit.text + source.slice(edit.end);
}

/**
 * At most `cap` mutants, spread over the operators (round robin) and shuffled with a fixed seed,
 * so a capped run is repeatable and still tries every kind of mutant the file has.
 * @param {Mutant[]} mutants
 * @param {number} cap
 * @param {number} seed
 * @returns {Mutant[]}
 */
function sample(mutants, cap, seed) {
  if (mutants.length <= cap) return mutants;
  let state = seed % 2147483647 || 1;
  const random = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  /** @type {Map<string, Mutant[]>} */
  const byOperator = new Map();
  for (const mutant of mutants) {
    const list = byOperator.get(mutant.operator) ?? [];
    list.push(mutant);
    byOperator.set(mutant.operator, list);
  }
  for (const list of byOperator.values()) {
    for (let index = list.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      const swap = /** @type {Mutant} */ (list[index]);
      list[index] = /** @type {Mutant} */ (list[other]);
      list[other] = swap;
    }
  }
  /** @type {Mutant[]} */
  const picked = [];
  while (picked.length < cap) {
    for (const list of byOperator.values()) {
      const next = list.shift();
      if (next && picked.length < cap) picked.push(next);
    }
  }
  return picked.sort((a, b) => a.line - b.line);
}

module.exports = { parseWxml, wxmlMutants, contentMutants, applyEdit, sample };
