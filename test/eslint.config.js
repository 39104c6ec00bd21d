// One linter for the whole tree. The restricted sinks keep any string (a note, a name, a mail
// page's text) from ever becoming HTML or code in an extension page.
import tseslint from 'typescript-eslint';

const sinks = ['innerHTML', 'outerHTML'].flatMap((property) => [
  { property, message: `${property} parses HTML; build nodes or set textContent instead.` },
]);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        ...sinks,
        { property: 'insertAdjacentHTML', message: 'insertAdjacentHTML parses HTML.' },
        { object: 'document', property: 'write', message: 'document.write parses HTML.' },
        { object: 'document', property: 'writeln', message: 'document.writeln parses HTML.' },
        { property: 'createContextualFragment', message: 'createContextualFragment parses HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML parses HTML; render text.',
        },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'HTML sinks are forbidden.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'new Function compiles code from a string.',
        },
        {
          selector:
            "CallExpression[callee.property.name='execCommand'][arguments.0.value='insertHTML']",
          message: 'insertHTML parses HTML; insert text.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Core is plain TypeScript: no browser API, no DOM, no Preact, so Node tools and table
    // tests run it as it ships.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['preact', 'preact/*', 'webextension-polyfill', '*/shared/*', '*/content/*'] },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'chrome',
        'browser',
        'navigator',
        'localStorage',
      ],
    },
  },
  {
    // The content script never listens to the page, so a page script cannot drive the
    // extension: no window messages, no page events.
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='addEventListener'][arguments.0.value='message']",
          message: 'The page must not be able to talk to the extension.',
        },
        {
          selector: "CallExpression[callee.property.name='postMessage']",
          message: 'No window messaging: use an extension port.',
        },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'HTML sinks are forbidden.',
        },
        {
          selector:
            "CallExpression[callee.property.name='execCommand'][arguments.0.value='insertHTML']",
          message: 'insertHTML parses HTML; insert text.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['preact', 'preact/*', 'webextension-polyfill'] },
      ],
    },
  },
  {
    // Polyfill in one module only, so removing it is a one-line change (upstream has frozen it:
    // https://github.com/mozilla/webextension-polyfill#readme).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/browser.ts', 'src/core/**', 'src/content/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['webextension-polyfill'] }],
    },
  },
);
