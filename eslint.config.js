// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Pure core (DESIGN §1): no clock, no randomness, outside src/cli. */
const pureCore = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The core is pure: time arrives in events.' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core is pure: time arrives in events.' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Randomness arrives as a seed.' },
  { selector: "CallExpression[callee.object.name='DateTime'][callee.property.name=/^(now|local)$/]", message: 'The core is pure: time arrives in events.' },
];

/** Branded time values (DESIGN §3): only the parsers make them; the unchecked casts live in src/time/brand.ts alone. */
const brandMessage = 'LocalDate, LocalTime and ZoneName come from time.parseDate / parseTime / zone (or a checked state), never from a cast.';
const noBrandCasts = [
  { selector: ':matches(TSAsExpression, TSTypeAssertion) > TSTypeReference[typeName.name=/^(LocalDate|LocalTime|ZoneName)$/]', message: brandMessage },
  { selector: ':matches(TSAsExpression, TSTypeAssertion) > TSTypeReference[typeName.right.name=/^(LocalDate|LocalTime|ZoneName)$/]', message: brandMessage },
];

export default tseslint.config(
  { ignores: ['dist/', 'docs/api/', 'node_modules/', 'coverage/', 'examples/extracted/', 'examples/agent-ui/vendor/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'examples/agent-ui/*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'fetch', 'process', 'console'],
      'no-restricted-syntax': ['error', ...pureCore, ...noBrandCasts],
    },
  },
  {
    files: ['src/time/brand.ts'],
    rules: { 'no-restricted-syntax': ['error', ...pureCore] },
  },
  {
    // One offset engine (DESIGN §3): only src/time (and src/testing) may use luxon or reach inside time.
    // Narrower since issue 16: src/testing may reach inside time but not use luxon (next block), and
    // test/time/one-engine.test.ts also catches offsets computed by hand (Intl, getTimezoneOffset).
    files: ['src/**/*.ts'],
    ignores: ['src/time/**', 'src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'luxon', message: 'Only src/time uses luxon: ask the offset engine through dialdesk/time.' }],
          patterns: [{ group: ['**/time/*', '!**/time/index.js'], message: 'Reach dialdesk/time only through its index.ts.' }],
        },
      ],
    },
  },
  {
    // The adapters take values from a domain area's own modules, not from its barrel: a value import of
    // `outbound/index.js` made the pacer and the simulator reachable from the genesys entry (+19 kB gzipped).
    // Repeats the rule above for these files, since a later block replaces it.
    files: ['src/genesys/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'luxon', message: 'Only src/time uses luxon: ask the offset engine through dialdesk/time.' }],
          patterns: [
            { group: ['**/time/*', '!**/time/index.js'], message: 'Reach dialdesk/time only through its index.ts.' },
            { group: ['**/outbound/index.js'], allowTypeImports: true, message: "Import outbound values from their own module (the barrel loads the pacer and the simulator into dialdesk/genesys)." },
          ],
        },
      ],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/testing/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'luxon', message: 'Only src/time uses luxon: ask the offset engine through dialdesk/time.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['examples/agent-ui/**/*.js'],
    languageOptions: {
      globals: { document: 'readonly', window: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', Intl: 'readonly' },
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
