// @ts-check
// ESLint flat config: @eslint/js, typescript-eslint and eslint-plugin-astro recommended sets, type-aware for
// .ts/.js/.mjs files (tsconfig.json through the project service), plus a few rules that catch real bugs.
// Formatting is Prettier's job (.prettierrc.json): no stylistic rules here.
// Cost: with the type-aware block about 25 s of CPU for the whole repository (the TypeScript program dominates;
// 21 s wall on a quiet 2-core machine); without the 'sqltls/type-aware' block about 8 s. .astro files are linted
// without type information (frontmatter and <script> tags), so no-floating-promises does not reach them.
// Left out on purpose: no-promise-executor-return (flags the `new Promise((r) => setTimeout(r, ms))` idiom) and
// @typescript-eslint/no-unnecessary-condition (flags defensive `??`/`?.` on DOM and parsed data).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// HTML sinks: user and indexed text never goes through markup parsing (textContent, value, hidden and DOM
// nodes only). `set:html` in .astro templates is banned below by astro/no-set-html-directive.
const noHtml = 'build nodes and set textContent: user and indexed text must never be parsed as HTML.';
const htmlSinks = [
  { selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]', message: `No innerHTML/outerHTML: ${noHtml}` },
  { selector: 'AssignmentExpression > MemberExpression.left[property.value=/^(innerHTML|outerHTML)$/]', message: `No innerHTML/outerHTML: ${noHtml}` },
  { selector: 'Property[key.name=/^(innerHTML|outerHTML)$/]', message: `No innerHTML/outerHTML, not through Object.assign either: ${noHtml}` },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]',
    message: `No insertAdjacentHTML/setHTMLUnsafe/createContextualFragment: ${noHtml}`,
  },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: `No document.write: ${noHtml}` },
];

/** Code that runs in the browser (README, "How it is organised"). */
const browserCode = ['src/*/browser/**/*.ts', 'src/enhance/**/*.ts', 'src/client/**/*.ts', 'src/afterPaint/loadAfterFirstPaint.ts'];

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'tests/lab/fixtures/', 'test-results/', 'playwright-report/', 'packages/sqltls/sqltls.mjs']),

  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,

  {
    name: 'sqltls/type-aware',
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  // The <script> blocks of .astro components are virtual files (Component.astro/1_1.ts) that the TypeScript
  // program does not know: no type information there (eslint-plugin-astro sets project: null for them too).
  {
    name: 'sqltls/astro-scripts-untyped',
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    name: 'sqltls/rules',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': ['error', ...htmlSinks],
      'astro/no-set-html-directive': 'error',
      'array-callback-return': 'error',
      'no-constructor-return': 'error',
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
    },
  },

  // Regular expressions in src/ read pasted text, URLs and server bytes: none may backtrack super-linearly,
  // whatever the input (eslint-plugin-regexp's analysis, as real as a ReDoS checker; patterns declared in
  // content are checked by tests/unit/diagnosis/linearPatterns.test.ts with the same analysis).
  {
    name: 'sqltls/regexp',
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'bin/**/*.mjs'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': ['error', { ignoreSticky: true, ignorePartial: false }],
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-useless-quantifier': 'error',
    },
  },

  // Vitest's and Playwright's asymmetric matchers (expect.stringContaining(...), expect.any(...)) are typed
  // `any` by design: inside expectations an `any` is the matcher, not a hole in the types.
  {
    name: 'sqltls/tests',
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },

  // Globals: browser for the browser halves of the features, the page enhancements, the client kit and the
  // after-paint loader (the search worker gets a worker's); the <script> tags of .astro components get the
  // browser's from eslint-plugin-astro (which gives frontmatter Node's and Astro's); Node elsewhere.
  {
    name: 'sqltls/node',
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    ignores: [...browserCode, '**/*.astro/*'],
    languageOptions: { globals: globals.node },
  },
  { name: 'sqltls/browser', files: browserCode, ignores: ['**/*Worker.ts'], languageOptions: { globals: globals.browser } },
  { name: 'sqltls/worker', files: ['src/*/browser/**/*Worker.ts'], languageOptions: { globals: globals.worker } },
);
