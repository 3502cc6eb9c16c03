// @ts-check
// Jest test sequencer of `npm run mutation:templates`: runs the test files in the order the runner
// gives (MUTATION_TEST_ORDER, the files that killed most mutants first), so with --bail a mutant
// usually dies in its first test file.
'use strict';
const Sequencer = require('@jest/test-sequencer').default;

class OrderedSequencer extends Sequencer {
  /** @param {import('@jest/test-result').Test[]} tests */
  sort(tests) {
    /** @type {string[]} */
    const order = JSON.parse(process.env.MUTATION_TEST_ORDER ?? '[]');
    const rank = (/** @type {string} */ file) => {
      const index = order.indexOf(file);
      return index < 0 ? order.length : index;
    };
    return [...tests].sort((a, b) => rank(a.path) - rank(b.path));
  }
}

module.exports = OrderedSequencer;
