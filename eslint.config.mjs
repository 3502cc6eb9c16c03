// ESLint flat config: typescript-eslint's strict type-aware rules over the mini-program, tests and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'miniprogram/miniprogram_npm/',
      'miniprogram/*/miniprogram_npm/',
      'coverage/',
      'artifacts/',
      'dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // The upload compiler turns the app into ES5 (base library minimum in docs/deploy.md), and one
    // async function pulls Babel's 6.6 KiB regenerator runtime into the main package.
    files: ['miniprogram/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: ':function[async=true]',
          message:
            'No async functions in the mini-program: WeChat compiles them to ES5 with a 6.6 KiB regenerator runtime. Chain .then() instead.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**/*.js', '*.config.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The browser preview's runtime (bundled by esbuild) and host page script.
    files: ['scripts/preview/runtime/**/*.js', 'scripts/preview/host.js'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'location',
          'history',
          'navigator',
          'localStorage',
          'URL',
          'URLSearchParams',
          'Image',
          'getComputedStyle',
          'requestAnimationFrame',
          'cancelAnimationFrame',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'globalThis',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
);
