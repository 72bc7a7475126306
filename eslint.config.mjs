import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FlatCompat } from '@eslint/eslintrc';
import checkFile from 'eslint-plugin-check-file';

const compat = new FlatCompat({ baseDirectory: dirname(fileURLToPath(import.meta.url)) });

/**
 * Next's rules (React, hooks, jsx-a11y basics) plus the structure of STYLE.md and docs/architecture.md:
 * app → components → lib; inside lib, the layers below (each folder imports only the folders beneath it);
 * no import cycles; kebab-case file names. Test files and fixtures may reach across layers (they assemble real
 * stores, emulators and syncs); the code they test may not.
 */

/** Each lib folder, with the lib folders and root modules it must NOT import. */
const LIB = ['text', 'readability', 'glossary', 'geo', 'study', 'eclaire', 'demo', 'emulator', 'store', 'search', 'sync', 'proxy', 'security', 'server'];
const ROOT_MODULES = ['env', 'routes', 'cache-control', 'process-singleton', 'cluster-rpc'];
/** What each folder may import (besides itself and the root modules that are listed). */
const ALLOWED = {
  text: [],
  readability: ['text'],
  glossary: ['text', 'readability'],
  geo: ['text'],
  study: ['text', 'readability', 'glossary', 'geo', 'routes', 'cache-control'],
  eclaire: ['text', 'study', 'geo', 'env', 'process-singleton'],
  demo: ['text', 'study', 'geo', 'eclaire'],
  emulator: ['text', 'study', 'eclaire', 'demo', 'env'],
  store: ['text', 'study', 'geo', 'eclaire', 'env', 'process-singleton'],
  search: ['text', 'study', 'geo', 'glossary', 'store', 'cache-control', 'env'],
  sync: ['text', 'study', 'geo', 'eclaire', 'demo', 'store', 'env', 'process-singleton', 'cache-control', 'cluster-rpc'],
  proxy: ['text', 'study', 'eclaire', 'store', 'env', 'process-singleton', 'cache-control', 'cluster-rpc'],
  security: ['env', 'cache-control', 'process-singleton', 'cluster-rpc'],
  // The front door and the processes of `npm start`: on top of everything (never imported by lib/).
  server: ['text', 'study', 'geo', 'eclaire', 'store', 'search', 'sync', 'proxy', 'security', 'env', 'process-singleton', 'cache-control', 'cluster-rpc'],
};

const layerZones = LIB.flatMap((folder) => {
  const allowed = new Set([folder, ...ALLOWED[folder]]);
  return [
    ...LIB.filter((other) => !allowed.has(other)).map((other) => ({
      target: `./lib/${folder}`,
      from: `./lib/${other}`,
      message: `lib/${folder} must not import lib/${other} (layers: docs/architecture.md).`,
    })),
    ...ROOT_MODULES.filter((m) => !allowed.has(m)).map((m) => ({
      target: `./lib/${folder}`,
      from: `./lib/${m}.ts`,
      message: `lib/${folder} must not import lib/${m} (layers: docs/architecture.md).`,
    })),
  ];
});

const TEST_FILES = ['**/*.test.ts', '**/test-helpers.ts', '**/test-fixtures/**', '**/testing.ts', 'e2e/**', 'scripts/bench/**'];

const config = [
  { ignores: ['next-env.d.ts', '.next/**', 'node_modules/**', '.data*/**', 'test-results/**', 'lib/geo/data/**'] },
  ...compat.extends('next/core-web-vitals', 'next/typescript', 'plugin:jsx-a11y/recommended'),
  {
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' }, node: true } },
    rules: {
      // A scrollable code region must take the focus (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
      // `_name` marks a value left out on purpose (destructuring to omit a key).
      '@typescript-eslint/no-unused-vars': ['warn', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // File and folder names: kebab-case (Next's special files included: page.tsx, route.ts, [id], [...rest]).
    files: ['**/*.{ts,tsx,mjs}'],
    // FHIR resource names are part of the public URLs of the proxy (/api/fhir/ResearchStudy).
    ignores: ['next-env.d.ts', 'app/api/fhir/ResearchStudy/**'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { '{app,components,lib,e2e,scripts}/**/': 'NEXT_JS_APP_ROUTER_CASE' },
      ],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'import/no-restricted-paths': ['error', { zones: layerZones }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'next', 'next/*', '@/components/*', '@/app/*'], message: 'lib/ is plain TypeScript: no React, Next, components or app.' },
            { group: ['@/lib/*/testing', '@/lib/*/test-helpers', '@/lib/*/test-fixtures/*'], message: 'Test helpers are for tests only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'import/no-nodejs-modules': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/store/*', '@/lib/sync/*', '@/lib/eclaire/*', '@/lib/proxy/*', '@/lib/security/*', '@/lib/server/*', '@/lib/env', '@/lib/cluster-rpc', '@/lib/demo/*', '@/lib/emulator/*'],
              message: 'Server-only: pass data from a page instead.',
            },
            // Type-only imports pass (erased at build): results and places are typed where they are made.
            {
              group: ['@/lib/search/*', '!@/lib/search/params', '!@/lib/search/limits', '@/lib/geo/gazetteer', '@/lib/geo/geocode', '@/lib/geo/suggest', '@/lib/geo/region-options'],
              message: 'Server-only: pass data from a page instead.',
              allowTypeImports: true,
            },
            { group: ['@/app/*'], message: 'components must not import from app/.' },
          ],
        },
      ],
    },
  },
];

export default config;
