/**
 * Reads the entries of a gzipped tarball (npm's `.tgz`), enough to check a package's contents
 * without unpacking it: ustar headers, the `prefix` field and pax `path` records. Node only.
 */
import { gunzipSync } from 'node:zlib';

/** One regular file of a tarball. */
export interface TarEntry {
  path: string;
  bytes: Uint8Array;
  /** Modification time, seconds since the epoch. */
  mtime: number;
  mode: number;
}

const BLOCK = 512;

/** A NUL-terminated header field as text. */
function field(header: Uint8Array, start: number, length: number): string {
  const bytes = header.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(end === -1 ? bytes : bytes.subarray(0, end));
}

/** An octal number field. */
function octal(header: Uint8Array, start: number, length: number): number {
  const text = field(header, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

/** The `path` of a pax extended header, if it sets one. */
function paxPath(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder().decode(bytes);
  for (const record of text.split('\n')) {
    const match = /^\d+ path=(.*)$/.exec(record);
    if (match) return match[1];
  }
  return undefined;
}

/** The regular files of a `.tgz`, in archive order. Throws on a truncated or corrupt archive. */
export function readTarball(tgz: Uint8Array): TarEntry[] {
  const tar = gunzipSync(tgz);
  const entries: TarEntry[] = [];
  let offset = 0;
  let nextPath: string | undefined;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 48);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    if (body.length !== size) throw new Error(`tarball truncated in "${field(header, 0, 100)}"`);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      nextPath = paxPath(body);
      continue;
    }
    if (type !== '0' && type !== '\0') continue;
    const prefix = field(header, 345, 155);
    const name = field(header, 0, 100);
    entries.push({
      path: nextPath ?? (prefix ? `${prefix}/${name}` : name),
      bytes: new Uint8Array(body),
      mtime: octal(header, 136, 12),
      mode: octal(header, 100, 8),
    });
    nextPath = undefined;
  }
  return entries;
}
