/**
 * The app's @font-face rules with each font inlined as a data URL, for
 * html-to-image's `fontEmbedCSS`. html-to-image's own font embedding resolves
 * URLs with a `<base>` element, which the page's CSP (`base-uri 'none'`)
 * blocks; resolving them here against the stylesheet's URL needs no `<base>`.
 */

let cached: Promise<string> | null = null;

export function embeddedFontCss(): Promise<string> {
  cached ??= collect().catch(() => '');
  return cached;
}

const URL_IN_SRC = /url\((['"]?)([^'")]+)\1\)/;

async function collect(): Promise<string> {
  const jobs: Promise<string>[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet: none of ours
    }
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSFontFaceRule) jobs.push(inline(rule, sheet.href ?? document.baseURI));
    }
  }
  return (await Promise.all(jobs)).filter(Boolean).join('\n');
}

/** One @font-face with its first (woff2) source inlined; '' when it cannot be fetched. */
async function inline(rule: CSSFontFaceRule, base: string): Promise<string> {
  const style = rule.style;
  const match = URL_IN_SRC.exec(style.getPropertyValue('src'));
  if (!match) return '';
  const url = new URL(match[2]!, base).href;
  const data = url.startsWith('data:') ? url : await dataUrl(url);
  if (!data) return '';
  const keep = ['font-family', 'font-style', 'font-weight', 'font-display', 'unicode-range']
    .map((p) => [p, style.getPropertyValue(p)] as const).filter(([, v]) => v !== '')
    .map(([p, v]) => `${p}: ${v};`);
  return `@font-face { ${keep.join(' ')} src: url("${data}"); }`;
}

async function dataUrl(url: string): Promise<string> {
  try {
    const response = await fetch(url);
    if (!response.ok) return '';
    const blob = await response.blob();
    return await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsDataURL(blob);
    });
  } catch {
    return '';
  }
}

/**
 * Only the @font-face rules whose `unicode-range` covers a character of
 * `text` (rules without a range are kept). The bundled Inter comes in seven
 * scripts × three weights; a picture of a Latin-script board needs three of
 * the 21, and each drawn strip carries its fonts along.
 */
export function fontFacesFor(css: string, text: string): string {
  const codes = new Set<number>();
  for (const ch of text) codes.add(ch.codePointAt(0)!);
  return css.split('\n').filter((face) => {
    const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
    if (!range) return true;
    const spans = range.split(',').map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      if (from!.includes('?')) return [parseInt(from!.replace(/\?/g, '0'), 16), parseInt(from!.replace(/\?/g, 'F'), 16)] as const;
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
    });
    for (const code of codes) if (spans.some(([a, b]) => code >= a && code <= b)) return true;
    return false;
  }).join('\n');
}
