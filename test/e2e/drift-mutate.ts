/**
 * The DOM-drift generator: seeded mutations of a mail page the way a redesign or an A/B test
 * changes it (class names hashed or gone, ids and roles renamed, aria labels translated or
 * dropped, siblings reordered, extra wrappers, whole parts removed).
 *
 * `mutatePage` runs inside the fixture page, after the fixture's own page script has opened its
 * composes (it needs the markup it was written against) and before the content script starts
 * (`document_idle`). It is serialised with `Function.prototype.toString`, so it must stay
 * self-contained: no imports, no outer variables, no helpers.
 */

export const DRIFT_OPS = [
  'drop-classes',
  'rename-classes',
  'drop-ids',
  'rename-ids',
  'drop-roles',
  'rename-roles',
  'drop-aria',
  'rename-aria',
  'drop-hooks',
  'reorder',
  'wrap',
  'remove-to',
  'remove-subject',
  'remove-send',
  'remove-title',
] as const;
export type DriftOp = (typeof DRIFT_OPS)[number];

export interface DriftPlan {
  seed: number;
  ops: DriftOp[];
}

/** What one run changed, counted per operation, for the test's report. */
export type DriftLog = Record<string, number>;

export function mutatePage(plan: DriftPlan, doc: Document = document): DriftLog {
  // mulberry32: a small seeded generator, so a failing variant can be replayed from its seed.
  let state = plan.seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const chance = (p: number): boolean => random() < p;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const log: DriftLog = {};
  const count = (op: string): void => {
    log[op] = (log[op] ?? 0) + 1;
  };

  // The compose editors, marked so the test can find the body whatever happens to its hooks.
  // The editor hooks the fixtures use; the marker itself is never mutated.
  const EDITOR = '[g_editable],[contenteditable=true][aria-multiline=true]';
  const roots: ParentNode[] = [doc, ...[...doc.querySelectorAll('template')].map((t) => t.content)];
  for (const root of roots) {
    for (const editor of root.querySelectorAll(EDITOR)) editor.setAttribute('data-drift-body', '');
  }

  // The parts a redesign may drop, found by the fixtures' own markup before anything is renamed.
  const PARTS: Record<string, string> = {
    'remove-to':
      '.anm[name=to],textarea[name=to],[contenteditable=true][aria-label=To],[role=textbox][aria-label=To]',
    'remove-subject':
      'input[name=subjectbox]:not([type=hidden]),input[aria-label*=subject],[role=heading][title]',
    'remove-send': '.aoO[role=button],[data-testid=ComposeSendButton],button[aria-label=Send]',
    // Gmail's compose title bar; Outlook's composes have none, so its app header goes instead.
    'remove-title': '.nH.Hy,[role=banner]',
  };
  // The row around a part, so the label and its field go together as in a real redesign.
  const ROW = '.aoD,tr,.bvZ9d';

  /** Every element a mutation may touch: the subtree of each compose, page and template. */
  const scope = (): Element[] => {
    const seen = new Set<Element>();
    for (const root of roots) {
      for (const editor of root.querySelectorAll('[data-drift-body]')) {
        // Up to the outermost ancestor below <body> (or the template's top), then all of it.
        let top: Element = editor;
        while (top.parentElement && top.parentElement !== doc.body) top = top.parentElement;
        seen.add(top);
        for (const element of top.querySelectorAll('*')) seen.add(element);
      }
    }
    return [...seen].filter(
      (element) => !/^(SCRIPT|STYLE|TEMPLATE|HTML|BODY|HEAD)$/.test(element.tagName),
    );
  };

  // Attributes that are the page's own or the test's, never the host's hooks.
  const KEEP = /^(data-fixture|data-drift-body|nonce|style|hidden|contenteditable|type|value|src)/;
  const hooks = ['g_editable', 'name', 'data-testid', 'peoplekit-id', 'data-app-section'];
  const roles = ['group', 'presentation', 'none', 'region', 'generic'];
  const words = ['Nachricht', 'Mensaje', 'Bericht', 'メッセージ', 'Objet', 'Destinataires'];
  const suffix = (): string => Math.floor(random() * 0xffff).toString(36);

  const styles = [...doc.querySelectorAll('style')];
  const styleText = styles.map((style) => style.textContent ?? '').join('\n');
  /** Each class token's fate, decided once so the whole page agrees: new name, '' gone, or kept. */
  const renamed = new Map<string, string>();

  for (const op of plan.ops) {
    const part = PARTS[op];
    if (part) {
      for (const root of roots) {
        for (const found of root.querySelectorAll(part)) {
          const row = found.closest(ROW);
          // A row is only taken when it holds nothing but this part (not the whole compose).
          const target = row && !row.querySelector('[data-drift-body]') ? row : found;
          if (target.querySelector('[data-drift-body]') || target.hasAttribute('data-drift-body'))
            continue;
          target.remove();
          count(op);
        }
      }
      continue;
    }
    const elements = scope();
    for (const element of elements) {
      switch (op) {
        case 'drop-classes':
        case 'rename-classes': {
          const classes = [...element.classList];
          if (!classes.length) break;
          const next = classes.flatMap((name) => {
            if (!renamed.has(name)) {
              const styled = styleText.includes(`.${name}`);
              // A class the page's own style sheet uses is renamed there too, as a real
              // redesign ships its CSS with its markup: the hook goes, the look stays.
              const fresh = op === 'drop-classes' && !styled ? '' : `${name}-${suffix()}`;
              const to = chance(op === 'drop-classes' ? 0.6 : 0.5) ? fresh : name;
              renamed.set(name, to);
              // A new name is final: a later operation must not take it for an unstyled class.
              if (to) renamed.set(to, to);
            }
            const to = renamed.get(name)!;
            return to ? [to] : [];
          });
          if (next.join(' ') === classes.join(' ')) break;
          if (next.length) element.setAttribute('class', next.join(' '));
          else element.removeAttribute('class');
          count(op);
          break;
        }
        case 'drop-ids':
          if (element.id && chance(0.7)) {
            element.removeAttribute('id');
            count(op);
          }
          break;
        case 'rename-ids':
          if (element.id && chance(0.7)) {
            element.id = `${suffix()}_${element.id.replace(/_\d+$/, '')}x`;
            count(op);
          }
          break;
        case 'drop-roles':
          if (element.hasAttribute('role') && chance(0.6)) {
            element.removeAttribute('role');
            count(op);
          }
          break;
        case 'rename-roles':
          if (element.hasAttribute('role') && chance(0.6)) {
            element.setAttribute('role', pick(roles));
            count(op);
          }
          break;
        case 'drop-aria':
        case 'rename-aria':
          for (const name of element.getAttributeNames()) {
            if (!name.startsWith('aria-') || !chance(0.6)) continue;
            if (op === 'drop-aria') element.removeAttribute(name);
            else if (name === 'aria-label') element.setAttribute(name, pick(words));
            else continue;
            count(op);
          }
          break;
        case 'drop-hooks':
          for (const name of hooks) {
            if (element.hasAttribute(name) && !KEEP.test(name) && chance(0.7)) {
              element.removeAttribute(name);
              count(op);
            }
          }
          break;
        case 'reorder': {
          const children = [...element.children].filter((child) => child.tagName !== 'SCRIPT');
          if (children.length < 2 || !chance(0.5)) break;
          // Fisher–Yates, then put them back in the new order.
          for (let i = children.length - 1; i > 0; i--) {
            const j = Math.floor(random() * (i + 1));
            [children[i], children[j]] = [children[j]!, children[i]!];
          }
          for (const child of children) element.append(child);
          count(op);
          break;
        }
        case 'wrap': {
          const parent = element.parentNode;
          if (!parent || /^(TR|TD|TH|TBODY|THEAD|TABLE|INPUT|BR)$/.test(element.tagName)) break;
          if (!chance(0.35)) break;
          const wrapper = (element.ownerDocument ?? doc).createElement('div');
          wrapper.setAttribute('class', `w${suffix()}`);
          parent.insertBefore(wrapper, element);
          wrapper.append(element);
          count(op);
          break;
        }
      }
    }
  }
  // The style sheet follows the renames (a class drop of a styled class became a rename above).
  const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [from, to] of renamed) {
    if (!to || to === from) continue;
    const pattern = new RegExp(`\\.${escape(from)}(?![\\w-])`, 'g');
    for (const style of styles)
      style.textContent = (style.textContent ?? '').replace(pattern, `.${to}`);
  }
  return log;
}
