// Lint rules, including the layer boundaries: shared/ is pure TypeScript and
// the renderer never reaches for Electron or Node. A violation fails `npm test`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_MODULES = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'events', 'stream', 'buffer', 'http', 'https', 'net', 'worker_threads'];
const nodeImports = [
  { group: ['node:*'], message: 'shared/ and renderer/ must not import Node modules; put Node code in electron/.' },
  ...NODE_MODULES.map((name) => ({ group: [name, `${name}/*`], message: `"${name}" is a Node module; put Node code in electron/.` })),
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|test|describe)$/]', message: 'No focused or skipped tests.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'shared/ is pure: no Electron.' },
          { name: 'react', message: 'shared/ is pure: no React.' },
          { name: 'react-dom', message: 'shared/ is pure: no React.' },
          { name: 'zustand', message: 'shared/ is pure: state lives in the renderer.' },
        ],
        patterns: [
          { group: ['@xyflow/*'], message: 'shared/ is pure: no React Flow.' },
          { group: ['react/*', 'react-dom/*'], message: 'shared/ is pure: no React.' },
          { group: ['../electron/*', '../../electron/*', '../renderer/*', '../../renderer/*'], message: 'shared/ must not import from other layers.' },
          ...nodeImports,
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer reaches the desktop only through renderer/platform.' }],
        patterns: [{ group: ['../electron/*', '../../electron/*', '../../../electron/*'], message: 'The renderer must not import main-process code.' }, ...nodeImports],
      }],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{js,mjs}', 'test/**/*.{ts,tsx}', 'bench/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Benchmarks and end-to-end tests also run functions inside the page (page.evaluate).
    files: ['bench/**/*.{ts,mjs,js}', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
