// The live check that `npm run probe` prints, to paste into the devtools console of a real,
// logged-in Gmail or Outlook tab. test/tools/probe.ts wraps this one function expression with the
// selectors of src/content/hosts/*.selectors.ts as its argument. It reads the page and returns
// (and logs, and copies when the console offers `copy`) a JSON report: how many elements each
// selector matches, and an outline of each compose with tag names, roles, ids, classes and the
// aria/data/Gmail hooks only. No text and no attribute that can hold words or addresses is
// copied; such attributes show as "…". Nothing is sent anywhere.
// Plain JavaScript on purpose: it runs as it is in the page, with nothing to load.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- probe.ts reads this file as text
function followThroughProbe(families) {
  const MAX_NODES = 800;
  const MAX_COMPOSES = 3;
  const TOKEN = /^[\w:.-]{1,64}$/;
  /** aria-* values that are states, not words. */
  const ARIA_STATES = new Set([
    'true',
    'false',
    'mixed',
    'list',
    'both',
    'inline',
    'none',
    'horizontal',
    'vertical',
    'dialog',
    'menu',
    'listbox',
    'tree',
    'grid',
    'polite',
    'assertive',
    'off',
  ]);
  /** data-* hooks whose values are names of parts, never the user's words. */
  const DATA_KEPT = new Set(['data-app-section', 'data-smartmail', 'data-testid']);
  /** Attributes that are hooks by their presence; their values may hold words or addresses. */
  const PRESENCE_ONLY = new Set(['email', 'peoplekit-id', 'placeholder', 'title', 'value']);
  const FORM_FIELD = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'FORM', 'BUTTON']);

  const family = location.hostname === 'mail.google.com' ? 'gmail' : 'outlook';
  const roles = families[family];

  const count = (selector) => {
    try {
      return document.querySelectorAll(selector).length;
    } catch {
      return 'invalid';
    }
  };

  const report = {
    probe: 'follow-through/1',
    family,
    date: new Date().toISOString().slice(0, 10),
    page: {
      path: location.pathname
        .split('/')
        .map((part) => (/^(?:[a-z]{1,20}|\d{1,2})$/i.test(part) || part === '' ? part : '…'))
        .join('/'),
      query: [...new URLSearchParams(location.search).keys()],
      hash: location.hash ? '…' : '',
      bodyClasses: [...(document.body ? document.body.classList : [])].filter((c) => TOKEN.test(c)),
      viewport: [innerWidth, innerHeight],
      frames: document.querySelectorAll('iframe').length,
    },
    roles: {},
    composes: [],
  };

  for (const [role, value] of Object.entries(roles)) {
    if (value && typeof value === 'object' && 'url' in value) {
      const pattern = new RegExp(value.url);
      report.roles[role] = {
        url: pattern.test(location.pathname) || pattern.test(location.search),
      };
    } else {
      report.roles[role] = value.map((selector) => ({ selector, count: count(selector) }));
    }
  }

  const attributes = (element) => {
    const kept = {};
    for (const { name, value } of element.attributes) {
      if (name === 'role' || name === 'type' || name === 'dir' || name === 'contenteditable') {
        kept[name] = TOKEN.test(value) ? value : '…';
      } else if (name === 'id') {
        kept.id = TOKEN.test(value) && !/@/.test(value) ? value : '…';
      } else if (name === 'class') {
        const classes = value.split(/\s+/).filter((c) => /^[\w-]{1,40}$/.test(c));
        if (classes.length) kept.class = classes.join(' ');
      } else if (name === 'name') {
        // Gmail's list rows carry a sender's name in `name`; form fields and rows carry hooks.
        kept.name =
          (FORM_FIELD.has(element.tagName) || /^(to|cc|bcc)$/.test(value)) && TOKEN.test(value)
            ? value
            : '…';
      } else if (name.startsWith('aria-')) {
        kept[name] = ARIA_STATES.has(value) ? value : '…';
      } else if (name.startsWith('data-')) {
        kept[name] = DATA_KEPT.has(name) && TOKEN.test(value) ? value : '…';
      } else if (name === 'g_editable' || name === 'hidden' || name === 'disabled') {
        kept[name] = TOKEN.test(value) ? value : '';
      } else if (PRESENCE_ONLY.has(name)) {
        kept[name] = '…';
      }
    }
    if (element.style && element.style.display === 'none') kept.style = 'display:none';
    return kept;
  };

  const outline = (root) => {
    let nodes = 0;
    const walk = (element) => {
      nodes++;
      const node = { tag: element.tagName.toLowerCase() };
      const attrs = attributes(element);
      if (Object.keys(attrs).length) node.attrs = attrs;
      // Whether the element holds words of its own, never the words.
      for (const child of element.childNodes) {
        if (child.nodeType === 3 && child.nodeValue.trim()) {
          node.text = true;
          break;
        }
      }
      const children = [];
      for (const child of element.children) {
        if (nodes >= MAX_NODES) {
          node.more = element.children.length - children.length;
          break;
        }
        children.push(walk(child));
      }
      if (children.length) node.children = children;
      return node;
    };
    return walk(root);
  };

  // Composes: from each body (first alternative that matches) to its root, as the adapter does.
  const first = (list) => {
    for (const selector of list || []) {
      try {
        const found = document.querySelectorAll(selector);
        if (found.length) return [...found];
      } catch {
        // an invalid selector is already reported under its role
      }
    }
    return [];
  };
  const rootSelectors = roles.composeRoot || [];
  const seen = new Set();
  for (const body of first(roles.body)) {
    let root = null;
    for (const selector of rootSelectors) {
      root = body.closest(selector);
      if (root) break;
    }
    root = root || body;
    if (seen.has(root) || seen.size >= MAX_COMPOSES) continue;
    seen.add(root);
    report.composes.push(outline(root));
  }

  const json = JSON.stringify(report, null, 1);
  console.log(json);
  // The devtools console's own `copy()`, when there is one: the report goes to the clipboard.
  if (typeof copy === 'function') copy(json);
  return report;
}
