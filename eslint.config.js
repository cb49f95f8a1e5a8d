import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Data flows one way: files → load → model → validate / query / render → write, and the CLI
 * (and src/svg) sit outside the core. Each zone names the folders its files must not import
 * from; a zone repeats the core's own ban, since a later config object replaces the rule's options.
 */
const LATER = {
  'src/core/util': [
    'load',
    'model',
    'validate',
    'query',
    'render',
    'write',
    'format',
    'init',
    'files',
    'gate',
    'export',
  ],
  'src/core/load': ['model', 'validate', 'query', 'render', 'write', 'format', 'init', 'gate', 'export'],
  'src/core/model': ['validate', 'query', 'render', 'write', 'format', 'init', 'gate', 'export'],
  'src/core/validate': ['query', 'render', 'write', 'format', 'init'],
  'src/core/query': ['validate', 'render', 'write', 'format', 'init'],
  // The exports are renderers too: they share render's helpers, and render docs writes the calendars beside the pages.
  'src/core/render': ['validate', 'query', 'write', 'format', 'init'],
  // Measured gates read the model; the rules and the formats read them; the exports render from them.
  'src/core/gate': ['validate', 'query', 'render', 'write', 'format', 'init', 'export'],
  'src/core/export': ['validate', 'query', 'write', 'format', 'init'],
};

function layerZone(files, folders, message, up = '(\\./)?(\\.\\./)+') {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^${up}(${folders.join('|')})(/|\\.js$)`,
              message,
            },
          ],
        },
      ],
    },
  };
}

const layerZones = [
  layerZone(
    ['src/index.ts'],
    ['cli', 'svg'],
    'the public API is the core: it never imports the CLI or src/svg.',
    '\\./',
  ),
  layerZone(['src/core/**/*.ts'], ['cli', 'svg'], 'src/core never imports the CLI or src/svg: pass what it needs in.'),
  ...Object.entries(LATER).map(([folder, later]) =>
    layerZone(
      [`${folder}/**/*.ts`],
      ['cli', 'svg', ...later],
      `${folder} must not import ${['cli', 'svg', ...later].join(', ')}: data flows load → model → validate / query / render → write (CONTRIBUTING.md, Architecture); move the code or pass it in.`,
    ),
  ),
];

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/', 'src/generated/', '.dist-*/', 'bench/.corpus/', 'test/fixtures/'],
  },
  js.configs.recommended,
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', '*.ts'],
    extends: [...tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core is pure: take what you need as arguments.' },
      ],
    },
  },
  ...layerZones,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        module: 'writable',
        require: 'readonly',
      },
    },
  },
);
