// ESLint flat config: typescript-eslint's strict type-aware rules over the mini-program, tests and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LAYER_NAMES = ['content', 'views', 'services', 'stores', 'common', 'pages', 'components'];
/**
 * A subpackage's store or view with one page as its user lives in that page's folder under this
 * name (helper/pages/class-helper/store.ts), and keeps its layer's rules there.
 */
const BESIDE_PAGE = { stores: ['store'], views: ['view'] };
const besidePage = (name) => `miniprogram/*/pages/*/${name}.ts`;

/**
 * no-restricted-imports for one layer: `none` may not be imported at all, `types` only with
 * `import type`; `packages` forbids npm packages (the pure layers run without the platform).
 * @param {string[]} files
 * @param {{ none: string[], types?: string[], packages?: boolean }} rule
 */
function layer(files, rule) {
  const folder = (name) => [
    `**/${name}`,
    `**/${name}/**`,
    `./${name}/**`,
    ...(BESIDE_PAGE[name] ?? []).flatMap((file) => [`**/${file}`, `./${file}`]),
  ];
  const patterns = [
    ...rule.none.map((name) => ({
      group: folder(name),
      message: `${name}/ is a higher layer: this folder may not import it (README "Layout").`,
    })),
    ...(rule.types ?? []).map((name) => ({
      group: folder(name),
      allowTypeImports: true,
      message: `Only types may come from ${name}/ here: pass values in as arguments.`,
    })),
    ...(rule.packages
      ? [{ regex: '^[^./]', message: 'This layer is pure: no npm packages (and no platform).' }]
      : []),
  ];
  if (!rule.none.every((name) => LAYER_NAMES.includes(name))) throw new Error('unknown layer');
  return [
    {
      files,
      rules: {
        'no-restricted-imports': 'off',
        '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'miniprogram/miniprogram_npm/',
      'miniprogram/*/miniprogram_npm/',
      'coverage/',
      'artifacts/',
      'dist/',
      'reports/',
      '.stryker-tmp/',
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
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // The mini-program's layers (README "Layout"), each allowed to import only the layers below it:
  // core ← content ← views ← (services ← stores) ← common ← pages/components.
  // core/ may name content's types but load none of its values; only services/ touches wx.
  // test/lint/boundaries.test.ts shows that a wrong-direction import fails.
  ...layer(
    [
      'miniprogram/core/**',
      'miniprogram/guide/core/**',
      'miniprogram/helper/core/**',
      'miniprogram/tools/core/**',
    ],
    {
      types: ['content'],
      none: ['views', 'services', 'stores', 'common', 'pages', 'components'],
      packages: true,
    },
  ),
  ...layer(
    [
      'miniprogram/content/**',
      'miniprogram/guide/content/**',
      'miniprogram/helper/content/**',
      'miniprogram/tools/content/**',
    ],
    {
      none: ['views', 'services', 'stores', 'common', 'pages', 'components'],
      packages: true,
    },
  ),
  ...layer(
    [
      'miniprogram/views/**',
      'miniprogram/guide/views/**',
      'miniprogram/tools/views/**',
      besidePage('view'),
    ],
    {
      none: ['services', 'stores', 'common', 'pages', 'components'],
      packages: true,
    },
  ),
  ...layer(
    ['miniprogram/services/**', 'miniprogram/guide/services/**', 'miniprogram/helper/services/**'],
    {
      types: ['content'],
      none: ['views', 'stores', 'common', 'pages', 'components'],
      packages: true,
    },
  ),
  ...layer(['miniprogram/stores/**', besidePage('store')], {
    none: ['views', 'common', 'pages', 'components'],
  }),
  {
    files: ['miniprogram/**/*.ts'],
    ignores: [
      'miniprogram/services/**',
      'miniprogram/guide/services/**',
      'miniprogram/helper/services/**',
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'wx',
          message:
            'Only a services/ folder (miniprogram/services/ or a subpackage services/) calls wx: add or use a service.',
        },
        { name: 'getCurrentPages', message: 'Only miniprogram/services/ reads the page stack.' },
      ],
    },
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
          'MutationObserver',
          'Node',
          'HTMLInputElement',
          'KeyboardEvent',
          'CSSMediaRule',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
);
