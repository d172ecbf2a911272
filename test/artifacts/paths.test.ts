import { describe, expect, it } from 'vitest';
import {
  artifactHref,
  artifactPathOf,
  csvPath,
  MANIFEST_PATH,
  pdfPath,
  tarballPath,
} from '../../src/artifacts/paths.ts';

describe('artifact paths', () => {
  it('name each published file from the site root', () => {
    expect(MANIFEST_PATH).toBe('catalog/v1/manifest.json');
    expect(csvPath('en')).toBe('catalog/v1/events.en.csv');
    expect(pdfPath('it')).toBe('pdf/imagiclecare-proactive-support.it.pdf');
    expect(tarballPath('1.2.0')).toBe('package/imagicle-care-catalog-1.2.0.tgz');
  });

  it.each([
    ['/', '/catalog/v1/events.it.csv'],
    ['/care', '/care/catalog/v1/events.it.csv'],
    ['/care/', '/care/catalog/v1/events.it.csv'],
  ])('link under the base path %s', (base, href) => {
    expect(artifactHref(base, csvPath('it'))).toBe(href);
  });

  it('find the artifact a request asks for under the base path, and nothing outside it', () => {
    expect(artifactPathOf('/', '/catalog/v1/catalog.json')).toBe('catalog/v1/catalog.json');
    expect(artifactPathOf('/care/', '/care/catalog/v1/catalog.json')).toBe('catalog/v1/catalog.json');
    expect(artifactPathOf('/care', '/care/pdf/x.pdf')).toBe('pdf/x.pdf');
    expect(artifactPathOf('/care/', '/catalog/v1/catalog.json')).toBeUndefined();
    expect(artifactPathOf('/care/', '/careful/catalog/v1/catalog.json')).toBeUndefined();
  });
});
