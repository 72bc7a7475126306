import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FlatCompat } from '@eslint/eslintrc';

const compat = new FlatCompat({ baseDirectory: dirname(fileURLToPath(import.meta.url)) });

/**
 * Next's rules (React, hooks, jsx-a11y basics) plus the layering of STYLE.md: app → components → lib, and
 * components never reach the mirror, the search engine or ECLAIRE (only server pages and route handlers do).
 */
const config = [
  { ignores: ['next-env.d.ts', '.next/**', 'node_modules/**', '.data*/**', 'test-results/**', 'lib/geo/data/**'] },
  ...compat.extends('next/core-web-vitals', 'next/typescript', 'plugin:jsx-a11y/recommended'),
  {
    // A scrollable code region must take the focus (axe: scrollable-region-focusable).
    rules: { 'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }] },
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
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/store/*', '@/lib/sync/*', '@/lib/eclaire/*', '@/lib/proxy/*'], message: 'Server-only: pass data from a page instead.' },
            // Type-only imports pass (erased at build): the search's result types are declared once, where they are made.
            {
              group: ['@/lib/search/search', '@/lib/search/api', '@/lib/search/run-search', '@/lib/search/match', '@/lib/search/vocab'],
              message: 'Server-only: pass data from a page instead.',
              allowTypeImports: true,
            },
            { group: ['@/app/*'], message: 'components must not import from app/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'next', 'next/*', '@/components/*', '@/app/*'], message: 'lib/ is plain TypeScript: no React, Next, components or app.' },
          ],
        },
      ],
    },
  },
];

export default config;
