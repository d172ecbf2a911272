import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFailureReason } from '../../../src/catalog/messages/command.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'care-read-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The error `readFileSync` throws for a path. */
function readError(file: string): unknown {
  try {
    readFileSync(file);
  } catch (error) {
    return error;
  }
  throw new Error(`${file} was read`);
}

describe('readFailureReason', () => {
  it('puts the usual reasons in the user’s words, in Italian and English', () => {
    const missing = readError(path.join(folder, 'missing.yaml'));
    expect(readFailureReason(missing, 'en')).toBe('no such file');
    expect(readFailureReason(missing, 'it')).toBe('il file non esiste');
    const aFolder = readError(folder);
    expect(readFailureReason(aFolder, 'en')).toBe('it is a folder, not a file');
    expect(readFailureReason(aFolder, 'it')).toBe('è una cartella, non un file');
    const file = path.join(folder, 'file.yaml');
    writeFileSync(file, 'x');
    const underFile = readError(path.join(file, 'catalog.yaml'));
    expect(readFailureReason(underFile, 'en')).toBe('part of the path is not a folder');
    expect(readFailureReason(underFile, 'it')).toBe('una parte del percorso non è una cartella');
    const denied = Object.assign(new Error('EACCES: permission denied, open …'), { code: 'EACCES' });
    expect(readFailureReason(denied, 'en')).toBe('permission denied');
    expect(readFailureReason(denied, 'it')).toBe('permesso negato');
  });

  it('keeps the message of any other failure, which names what happened', () => {
    const odd = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    expect(readFailureReason(odd, 'it')).toBe('EIO: i/o error, read');
    expect(readFailureReason('not an error', 'en')).toBe('not an error');
  });
});
