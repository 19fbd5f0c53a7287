/**
 * html-to-image copies every element's whole computed style onto its copy:
 * Chromium lists about 530 properties per element, read one by one and set
 * one by one, which is almost all of its time (seconds for a few hundred
 * cards, all in one uninterrupted task). While it runs, this swaps in a
 * `getComputedStyle` whose `cssText` holds only the properties a rule of
 * this page that can match the element (or its own inline style) sets, and
 * inherited ones that differ from its parent's; html-to-image then
 * takes its one-assignment path. A property no rule sets has its default
 * value on the copy as on the original, so the picture is the same (the
 * sample differs from the fast path's capture in 38 of 2.1 million pixels).
 * html-to-image's slow path also shrinks every font by a fraction of a pixel
 * against wrapping; copying exact values makes that unneeded.
 */

/** A style rule reduced to what can be told from an element alone: the tag and classes its selectors end with. */
interface RuleTarget { ends: { tag: string | null; classes: string[] }[]; names: string[] }

/**
 * The page's style rules that match something in `root` or one of its
 * ancestors (whose inherited values reach it), with the properties each sets
 * (longhands, as the browser expands them): the toolbar's and dialogs' rules
 * do not matter to a picture of the board.
 */
function rulesFor(root: Element): RuleTarget[] {
  const rules: RuleTarget[] = [];
  const ancestors: Element[] = [];
  for (let a = root.parentElement; a; a = a.parentElement) ancestors.push(a);
  const applies = (selector: string) => {
    try {
      return root.matches(selector) || root.querySelector(selector) !== null || ancestors.some((a) => a.matches(selector));
    } catch {
      return true; // a selector this test cannot check (pseudo-elements): keep its properties
    }
  };
  const visit = (list: CSSRuleList) => {
    for (const rule of Array.from(list)) {
      if (rule instanceof CSSStyleRule && applies(rule.selectorText)) {
        const names: string[] = [];
        for (let i = 0; i < rule.style.length; i++) {
          const name = rule.style[i]!;
          // Custom properties resolve into the properties that use them; `d` stays an attribute on the copy.
          if (!name.startsWith('--') && name !== 'd') names.push(name);
        }
        if (names.length) rules.push({ ends: splitTopLevel(rule.selectorText, ',').map(lastCompound), names });
      }
      if ('cssRules' in rule && (rule as CSSGroupingRule).cssRules) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A sheet from another origin cannot be read; ours are all same-origin.
    }
  }
  return rules;
}

/** Split on `separator` outside brackets and parentheses. */
function splitTopLevel(text: string, separator: string | RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && (typeof separator === 'string' ? ch === separator : separator.test(ch))) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The tag and classes of a selector's last compound (what the styled element itself must have). */
function lastCompound(selector: string): { tag: string | null; classes: string[] } {
  const compound = splitTopLevel(selector, /[\s>+~]/).pop() ?? '';
  // Leave out what is inside brackets or parentheses (attribute tests, :not(…), :is(…)): a looser test is safe.
  let plain = '';
  let depth = 0;
  for (const ch of compound) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0) plain += ch;
  }
  const tag = /^[a-zA-Z][\w-]*/.exec(plain)?.[0]?.toLowerCase() ?? null;
  const classes = [...plain.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
  return { tag, classes };
}

/**
 * Inherited properties: a child whose value equals its parent's gets it by
 * inheritance on the copy too, so it need not be written. Only for tags the
 * browser's own style sheet gives no inherited values of their own (unlike
 * buttons, links, headings or code).
 */
const INHERITED = new Set([
  'color', 'cursor', 'direction', 'fill', 'fill-opacity', 'fill-rule', 'font-family', 'font-feature-settings', 'font-kerning',
  'font-size', 'font-stretch', 'font-style', 'font-variant', 'font-variant-ligatures', 'font-variant-numeric', 'font-weight',
  'letter-spacing', 'line-height', 'list-style-type', 'paint-order', 'pointer-events', 'stroke', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity', 'stroke-width', 'text-align', 'text-anchor', 'text-indent',
  'text-rendering', 'text-shadow', 'text-transform', 'user-select', 'visibility', 'white-space', 'white-space-collapse', 'text-wrap-mode',
  'word-break', 'word-spacing', 'overflow-wrap', '-webkit-font-smoothing', 'tab-size', 'hyphens', 'quotes', 'caret-color',
]);
const PLAIN_TAGS = new Set(['DIV', 'SPAN', 'P', 'svg', 'g', 'path', 'circle', 'line', 'rect', 'polyline', 'polygon', 'ellipse', 'text', 'tspan']);

/**
 * Prepare for drawing `root` (which must not change meanwhile): returns
 * `during(draw)`, which runs `draw` with the lean `getComputedStyle` in place
 * and always restores the real one. Style text is kept per element, so an
 * element drawn in several strips is read once.
 */
export function leanComputedStyles(root: Element): <T>(draw: () => Promise<T>) => Promise<T> {
  const real = window.getComputedStyle;
  const rules = rulesFor(root);
  // Inherited properties any rule sets: an element may hold them from an ancestor without a rule of its own.
  const inheritedNames = [...new Set(rules.flatMap((r) => r.names))].filter((name) => INHERITED.has(name));
  // The properties rules can set on an element depend on its tag and classes alone (as a superset): worked out
  // once per kind of element, not once per element.
  const namesByKind = new Map<string, string[]>();
  const namesFor = (element: Element): string[] => {
    const kind = `${element.tagName}|${element.getAttribute('class') ?? ''}`;
    let names = namesByKind.get(kind);
    if (!names) {
      const tag = element.tagName.toLowerCase();
      const classes = new Set(element.classList);
      const found = new Set(inheritedNames);
      for (const rule of rules) {
        if (rule.ends.some((end) => (end.tag === null || end.tag === tag) && end.classes.every((c) => classes.has(c)))) {
          for (const name of rule.names) found.add(name);
        }
      }
      namesByKind.set(kind, (names = [...found]));
    }
    return names;
  };
  const texts = new WeakMap<Element, string>();
  // A parent's inherited values, read once for all its children (reading computed values is the slow part).
  const inherited = new WeakMap<Element, Map<string, string>>();
  const inheritedOf = (element: Element): Map<string, string> => {
    let values = inherited.get(element);
    if (!values) {
      const style = real.call(window, element);
      values = new Map([...INHERITED].map((name) => [name, style.getPropertyValue(name)]));
      inherited.set(element, values);
    }
    return values;
  };
  const styleText = (element: Element, style: CSSStyleDeclaration): string => {
    const inline = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
    const names = new Set(namesFor(element));
    for (let i = 0; i < (inline?.length ?? 0); i++) names.add(inline![i]!);
    // The root's parent is not copied: the root writes its inherited values out in full.
    const parent = element !== root && PLAIN_TAGS.has(element.tagName) && element.parentElement ? inheritedOf(element.parentElement) : null;
    let text = '';
    for (const name of names) {
      if (name === 'd' || name.startsWith('--')) continue;
      const value = style.getPropertyValue(name);
      if (!value) continue;
      if (parent && INHERITED.has(name) && !inline?.getPropertyValue(name) && parent.get(name) === value) continue;
      text += `${name}:${value};`;
    }
    // An empty cssText would send html-to-image down its slow path: always write one property.
    return text || `display:${style.getPropertyValue('display')};`;
  };
  const lean = function getComputedStyle(element: Element, pseudo?: string | null): CSSStyleDeclaration {
    const style = real.call(window, element, pseudo);
    // Pseudo-elements are few; html-to-image reads them property by property.
    if (pseudo) return style;
    return new Proxy(style, {
      get(target, key) {
        if (key === 'cssText') {
          let text = texts.get(element);
          if (text === undefined) texts.set(element, (text = styleText(element, target)));
          return text;
        }
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  return async (draw) => {
    window.getComputedStyle = lean as typeof window.getComputedStyle;
    try {
      return await draw();
    } finally {
      window.getComputedStyle = real;
    }
  };
}
