/**
 * Text a user types, pastes or imports, or a mail page shows, that would do harm if the
 * extension treated it as markup, as a template or as code: the usual cross-site scripting
 * probes (OWASP's XSS filter evasion cheat sheet), mutation-XSS through foreign content,
 * template fields inside values, bidirectional overrides and zero-width characters, one value of
 * 100 KB, emoji with combining marks, CSS-looking text and unbalanced quotes.
 *
 * Every form that could run sets `data-pwned` on the root element of whatever document ran it,
 * and every tag carries `data-hostile`, so `inspect` (below) sees both an execution and an
 * element made from the text, whichever way the text was turned into markup.
 */

export interface Payload {
  id: string;
  text: string;
}

/** Code that marks the document it runs in; no quotes, so it fits any attribute context. */
const RUN = 'document.documentElement.dataset.pwned=1';

export const PAYLOADS: readonly Payload[] = [
  { id: 'script', text: `<script data-hostile>${RUN}</script>` },
  { id: 'img onerror', text: `<img src=x data-hostile onerror=${RUN}>` },
  { id: 'svg onload', text: `<svg data-hostile onload=${RUN}>` },
  {
    id: 'iframe srcdoc',
    text: `<iframe data-hostile srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  },
  { id: 'javascript: url', text: `javascript:${RUN}` },
  { id: 'a javascript:', text: `<a data-hostile href="javascript:${RUN}">open</a>` },
  { id: 'attribute breakout', text: `"><img src=x data-hostile onerror=${RUN}>` },
  { id: 'single-quote attribute', text: `' data-hostile onmouseover='${RUN}' x='` },
  { id: 'autofocus attribute', text: `" data-hostile autofocus onfocus="${RUN}" x="` },
  { id: 'template company', text: 'Gloria {{company}} Benavides' },
  { id: 'template fields', text: '{{signature}}{{{myName}}}{{concernParagraphs}}' },
  { id: 'template syntax', text: '{{#each x}}{{/each}} ${7*7} #{7*7} <%= 7*7 %>' },
  { id: 'rtl override', text: 'Gloria \u202Efdp.exe\u202C Benavides' },
  { id: 'zero width', text: 'Glo\u200Bria\u200D Bena\uFEFFvides\u2060' },
  { id: 'emoji and combining marks', text: '👩🏽‍💼 Zoë Z̷̢a̶l̸g̵o͡ 🇺🇦 e\u0301\u0301\u0301' },
  { id: 'style breakout', text: '</style><style data-hostile>*{display:none}</style>' },
  { id: 'css url', text: `x;}body{background:url(javascript:${RUN})}` },
  { id: 'css expression', text: `width:expression(${RUN})` },
  { id: 'css import', text: "<style data-hostile>@import 'https://evil.example/x.css';</style>" },
  { id: 'unbalanced quotes', text: 'O\'Brien "the \\"boss\\` `tick' },
  { id: 'comment open', text: '<!-- Gloria' },
  { id: 'cdata', text: `]]><![CDATA[<img src=x data-hostile onerror=${RUN}>` },
  {
    id: 'mutation xss',
    text: `<math><mtext><table><mglyph><style><img src=x data-hostile onerror=${RUN}>`,
  },
  { id: 'object', text: `<object data-hostile data="javascript:${RUN}"></object>` },
  { id: 'embed', text: `<embed data-hostile src="javascript:${RUN}">` },
  { id: 'formaction', text: `<button data-hostile formaction=javascript:${RUN}>Go</button>` },
  { id: 'details ontoggle', text: `<details data-hostile open ontoggle=${RUN}>` },
  { id: 'body onload', text: `<body data-hostile onload=${RUN}>` },
  { id: 'input onfocus', text: `<input data-hostile autofocus onfocus=${RUN}>` },
  {
    id: 'meta refresh',
    text: `<meta data-hostile http-equiv=refresh content="0;url=javascript:${RUN}">`,
  },
  { id: 'entities', text: '&lt;b&gt;bold&lt;/b&gt; &amp; &#60;i&#62; &#x3C;u&#x3E;' },
  { id: 'escaped forms', text: '%3Cscript%3E \\u003cimg\\u003e \\x3csvg\\x3e' },
  { id: 'base href', text: '<base data-hostile href="javascript:/"><a href=x>x</a>' },
  {
    id: '100 KB',
    text: `<b data-hostile onclick=${RUN}>${'100 KB of pasted text. '.repeat(4453)}</b>`,
  },
];

/** The one payload past every stored field's limit: stores refuse it, pages may show it. */
export const HUGE = PAYLOADS.find((p) => p.text.length > 100_000)!;
/** The rest fit every stored text field (200 characters and up). */
export const SHORT = PAYLOADS.filter((p) => p !== HUGE);

/**
 * What the template filler does to a value on purpose: double braces are halved so no field
 * marker reaches the email ("{{company}}" in a name becomes "{company}", never the company).
 */
export function asFilled(text: string): string {
  return text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
}

/** Payloads whose literal text is asserted in each view (the others are counted the same). */
export const SAMPLE = [
  'script',
  'img onerror',
  'iframe srcdoc',
  'attribute breakout',
  'rtl override',
  'emoji and combining marks',
  'unbalanced quotes',
  'entities',
].map((id) => PAYLOADS.find((p) => p.id === id)!);

export interface Inspection {
  /** The document's root was marked: some payload ran here. */
  executed: boolean;
  /** Elements a payload made: tag and the attribute that gives it away. */
  elements: string[];
  /** What a person reads: the text of the page plus the values of form fields. */
  text: string;
}

/**
 * Runs inside the document under test (serialised, so self-contained). `scope` limits the
 * element search to part of the page (a mail page's compose); text is always the whole scope.
 */
export function inspect(scope: string | null): Inspection {
  const root: ParentNode = (scope && document.querySelector(scope)) || document;
  const elements: string[] = [];
  const walk = (node: ParentNode): void => {
    for (const element of node.querySelectorAll('*')) {
      const names = element.getAttributeNames();
      const telltale =
        names.find((n) => n === 'data-hostile' || n === 'srcdoc' || n === 'formaction') ??
        names.find((n) => /^on/i.test(n)) ??
        (/^\s*javascript:/i.test(element.getAttribute('href') ?? '') ? 'href' : undefined);
      if (telltale) elements.push(`${element.tagName.toLowerCase()}[${telltale}]`);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  const fields = [
    ...[...root.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value),
    ...[...root.querySelectorAll('option')].map((option) => option.textContent ?? ''),
  ].join('\n');
  // textContent, not innerText: Firefox's innerText leaves out bidi controls (U+202A–U+202E)
  // that are there on screen, and innerText folds runs of spaces.
  const rendered = (root instanceof Document ? root.body : (root as Element))?.textContent ?? '';
  return {
    executed: document.documentElement.dataset.pwned !== undefined,
    elements,
    text: `${rendered}\n${fields}`,
  };
}
