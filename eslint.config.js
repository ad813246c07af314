// @ts-check
// Lint: typescript-eslint's strict and stylistic type-checked presets over the TypeScript and .mjs files,
// with type information from tsconfig.json (the project service). `npm test` runs it.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const PURE = 'src/lib is pure: files, fonts, the DOM and the audit come in as parameters (CONTRIBUTING.md, "Layout rules").';

const LAYERED = 'src/lib is layered (docs/ARCHITECTURE.md, "Import rules"): this folder may not import that one.';

/** The purity rule for src/lib, and the folders a layer may not import (so lower layers never reach up). */
function restrictedImports(forbidden = []) {
  return [
    'error',
    {
      paths: builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: PURE })),
      patterns: [{ regex: '^(node:|astro($|[:/])|@astrojs/)', message: PURE }, ...(forbidden.length === 0 ? [] : [{ regex: `(^|/)(${forbidden.join('|')})/`, message: LAYERED }])],
    },
  ];
}

/** Each layer of src/lib and the higher folders it must not import. */
const LAYERS = [
  {
    folders: ['problems', 'csv', 'yaml', 'dates', 'text', 'theme', 'images', 'taxonomy', 'xlsx'],
    forbidden: [
      'manifest',
      'figures',
      'identifierScan',
      'datasets',
      'disclosure',
      'charts',
      'topics',
      'toc',
      'journeys',
      'narrative',
      'leakScan',
      'pipeline',
      'downloads',
      'comparison',
      'portfolio',
      'guide',
      'scaffold',
    ],
  },
  {
    folders: ['manifest'],
    forbidden: [
      'figures',
      'identifierScan',
      'datasets',
      'disclosure',
      'charts',
      'topics',
      'toc',
      'journeys',
      'narrative',
      'leakScan',
      'pipeline',
      'downloads',
      'comparison',
      'portfolio',
      'guide',
      'scaffold',
    ],
  },
  {
    folders: ['figures'],
    forbidden: ['identifierScan', 'datasets', 'disclosure', 'charts', 'topics', 'toc', 'journeys', 'narrative', 'leakScan', 'pipeline', 'downloads', 'comparison', 'portfolio', 'guide', 'scaffold'],
  },
  {
    folders: ['identifierScan', 'datasets'],
    forbidden: ['disclosure', 'charts', 'topics', 'toc', 'journeys', 'narrative', 'leakScan', 'pipeline', 'downloads', 'comparison', 'portfolio', 'guide', 'scaffold'],
  },
  { folders: ['disclosure', 'charts'], forbidden: ['topics', 'toc', 'journeys', 'narrative', 'leakScan', 'pipeline', 'downloads', 'comparison', 'portfolio', 'guide', 'scaffold'] },
  { folders: ['topics'], forbidden: ['toc', 'journeys', 'narrative', 'leakScan', 'pipeline', 'downloads', 'comparison', 'portfolio', 'guide', 'scaffold'] },
  { folders: ['toc', 'journeys', 'narrative', 'leakScan'], forbidden: ['pipeline', 'downloads', 'comparison', 'portfolio', 'guide', 'scaffold'] },
  // The downloads, the comparison and the portfolio's view models read what the pipeline made for every evaluation: nothing below may reach it.
  { folders: ['pipeline'], forbidden: ['downloads', 'comparison', 'portfolio', 'guide', 'scaffold'] },
  // The scaffolder (npm run new, layer 10) writes a new evaluation's files by the site's own rules (kinds, header rules, reserved names): nothing may depend on it.
  { folders: ['downloads', 'comparison', 'portfolio', 'guide'], forbidden: ['scaffold'] },
];

export default defineConfig(
  globalIgnores(['node_modules/', 'dist/', '.astro/', '.evalsite/', 'test/output/', '.*-staging-*/', '**/*.astro', 'eslint.config.js']),
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', '*.ts', '*.mjs'],
    extends: [js.configs.recommended, tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers go into SVG attributes and messages all the time; String(n) everywhere would only add noise.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Row records and process.env are index signatures read with their column or variable name in brackets.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // House style: T[] for simple types, Array<…> / ReadonlyArray<…> for object, tuple and union types.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
      // One-line arrow bodies such as `(cell) => expect(parse(cell)).toBe(value)` are house style in tests and callbacks.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Leaving keys out of an object by destructuring them beside `...rest` is deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Asks for `value!`, which no-non-null-assertion (strict) forbids: the two presets contradict each other here.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    // The layout rule "src/lib is pure", as lint rules (test/guards/project-boundaries.test.ts proves they fire).
    // Unit tests beside the code may read fixtures and docs, as before.
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-restricted-imports': restrictedImports(),
      'no-restricted-globals': ['error', ...['process', 'Buffer', 'require', '__dirname', '__filename'].map((name) => ({ name, message: PURE }))],
      'no-restricted-properties': ['error', { object: 'globalThis', property: 'process', message: PURE }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.type='MetaProperty'][object.meta.name='import'][property.name=/^(glob|env|dirname|filename)$/]", message: PURE },
        { selector: "ImportExpression[source.type='Literal'][source.value=/^(node:|astro($|[:/])|fs|path|child_process)/]", message: PURE },
      ],
    },
  },
  // The layering: a later block's rule replaces the one above for its files, so each keeps the purity paths.
  ...LAYERS.map(({ folders, forbidden }) => ({
    files: folders.map((folder) => `src/lib/${folder}/**/*.ts`),
    ignores: ['src/lib/**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrictedImports(forbidden) },
  })),
);
