import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['**/dist/**', 'apps/server/dist-*/**', '**/node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['apps/web/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  // Who may import whom: packages are shared by both apps and import neither; the apps never import each other.
  {
    files: ['packages/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: appImport('(web|server)'), message: 'A package imports no app: move what both need into a package.' }] }] },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: appImport('server'), message: 'The web app does not import the server: share it through a package.' }] }] },
  },
  {
    files: ['apps/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: appImport('web'), message: 'The server does not import the web app: share it through a package.' }] }] },
  },
);

/** An import of an app, by package name or by a relative path into its folder. */
function appImport(app) {
  return `^@partnerboard/${app}(/|$)|(^|/)apps/${app}(/|$)|^(\\.\\./)+${app}/`;
}
