// The document charts are drawn into: linkedom, patched at install (patches/linkedom+0.18.14.patch)
// so that a node makes its table of event listeners only when one is added, not as it is made.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Event as LinkedomEvent } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { chartDocument } from '../../scripts/io/chartDocument.ts';

const require = createRequire(import.meta.url);
const linkedomFolder = dirname(dirname(require.resolve('linkedom')));

describe('the chart document', () => {
  test('npm install applied the patch to both of linkedom’s builds (postinstall: patch-package)', () => {
    for (const build of ['esm', 'cjs']) {
      const source = readFileSync(join(linkedomFolder, build, 'interface', 'event-target.js'), 'utf8');
      // The constructor no longer makes a listener table for every node; addEventListener makes it.
      expect(source, build).not.toMatch(/constructor\(\)\s*\{\s*wm\.set\(this, new Map\);/);
      expect(source, build).toContain('if (!map) wm.set(this, map = new Map);');
    }
  });

  test('events still reach listeners, in order, until they are removed; removing one never added is harmless', () => {
    const document = chartDocument();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    svg.appendChild(rect);
    // linkedom's own Event (its dispatch reads fields of it), typed as the DOM's.
    const click = (bubbles: boolean): Event => new LinkedomEvent('click', { bubbles }) as unknown as Event;
    const heard: string[] = [];
    const first = (): void => void heard.push('first');
    const second = (): void => void heard.push('second');
    // A node that never had a listener: the patch must not make this throw.
    expect(() => rect.removeEventListener('click', first)).not.toThrow();
    rect.addEventListener('click', first);
    rect.addEventListener('click', second);
    svg.addEventListener('click', () => void heard.push('bubbled'));
    rect.dispatchEvent(click(true));
    expect(heard).toEqual(['first', 'second', 'bubbled']);
    rect.removeEventListener('click', first);
    heard.length = 0;
    rect.dispatchEvent(click(false));
    expect(heard).toEqual(['second']);
  });
});
