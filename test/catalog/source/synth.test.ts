import { describe, expect, it } from 'vitest';
import { synthesizeCatalogYaml } from '../../../src/catalog/source/synth.ts';
import { validateCatalogText } from '../../../src/catalog/source/validate.ts';

describe('synthetic catalogue', () => {
  it('validates at 2,000 events, in both languages, with sub-sections', () => {
    const { source, findings } = validateCatalogText(synthesizeCatalogYaml(2000), 'synthetic.yaml');
    expect(findings).toEqual([]);
    expect(source?.events).toHaveLength(2000);
    expect(new Set(source?.events.map((event) => event.id)).size).toBe(2000);
    expect(source?.categories.some((category) => category.parent)).toBe(true);
    expect(source?.events.every((event) => event.title.it !== event.title.en)).toBe(true);
  });

  it('is deterministic for a given size', () => {
    expect(synthesizeCatalogYaml(50)).toBe(synthesizeCatalogYaml(50));
    expect(synthesizeCatalogYaml(50)).not.toBe(synthesizeCatalogYaml(51));
  });
});
