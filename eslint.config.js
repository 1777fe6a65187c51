import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'apps/portal/dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'openapi/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // An AccountScope is made where membership was just proven, nowhere else (libs/common/src/auth/account-scope.ts).
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['libs/common/src/auth/account-scope.ts', 'libs/common/src/auth/guards.ts', 'libs/database/src/accounts/create-business-account.ts', 'test/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='mintAccountScope']",
          message: 'An AccountScope comes from the account access guard (@CurrentAccount) or createBusinessAccount, never from a plain id.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'test/**/*.ts', 'tools/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
