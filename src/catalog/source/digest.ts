/**
 * The one sha256 of the project (Node only): of the catalogue's source (`sourceSha256`) and of every
 * published file (the manifest), so that a consumer's `sha256sum` and the build always agree.
 */
import { createHash } from 'node:crypto';

/** sha256 of some bytes (a text counts as its UTF-8 bytes), in lowercase hex as `sha256sum` prints it. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
