/**
 * A simulation in a URL fragment (`#sim=…`), so that a link reproduces it: JSON, compressed
 * with deflate (`CompressionStream`) when the runtime has it, then base64url. The fragment
 * never reaches a server. Browser-safe (also runs in Node, which has the same streams).
 */

/** What a shared link restores. */
export interface SharedSimulation {
  /** The payload text that was simulated. */
  input: string;
  /** IANA time zone the results were shown in. */
  timeZone?: string | undefined;
  /** The "now" for the time left, as a `datetime-local` value; absent for the real now. */
  now?: string | undefined;
  /** The event picked from the list and when it occurred (`datetime-local`), to refill the form. */
  event?: string | undefined;
  occurred?: string | undefined;
}

/** The fragment parameter that carries a simulation. */
export const SHARE_PARAMETER = 'sim';
/** Prefixes of the encoded forms: deflated JSON, or plain JSON. */
const DEFLATED = 'z';
const PLAIN = 'j';
const FIELDS = ['input', 'timeZone', 'now', 'event', 'occurred'] as const;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: spreading a long array into fromCharCode overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/** The most bytes a shared simulation may inflate to: a link is for a batch a person pasted. */
export const MAX_SHARED_BYTES = 2 * 1024 * 1024;

/** Raised while inflating a link past `MAX_SHARED_BYTES`. */
class TooLarge extends Error {}

/**
 * Inflates deflated bytes, stopping as soon as the output passes `limit`: a small link can
 * inflate to gigabytes (a decompression bomb), so the bound is checked chunk by chunk, never
 * after the whole output is in memory.
 */
async function inflateBounded(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const output = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return output;
}

/** Encodes a simulation as the value of the fragment parameter. */
export async function encodeSimulation(simulation: SharedSimulation): Promise<string> {
  const compact = Object.fromEntries(
    FIELDS.flatMap((field) => (simulation[field] ? [[field, simulation[field]]] : [])),
  );
  const bytes = new TextEncoder().encode(JSON.stringify(compact));
  if (typeof CompressionStream === 'function') {
    return DEFLATED + toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')));
  }
  return PLAIN + toBase64Url(bytes);
}

/** What a link holds: the simulation, or why it cannot be restored. */
export type SharedLinkResult = { simulation: SharedSimulation } | { problem: 'damaged' | 'too-large' };

/** Reads a fragment parameter value: the simulation, or `damaged` / `too-large` (over `MAX_SHARED_BYTES`). */
export async function readSharedSimulation(value: string, limit = MAX_SHARED_BYTES): Promise<SharedLinkResult> {
  try {
    const kind = value.slice(0, 1);
    let bytes = fromBase64Url(value.slice(1));
    if (kind === DEFLATED) bytes = await inflateBounded(bytes, limit);
    else if (kind !== PLAIN) return { problem: 'damaged' };
    if (bytes.byteLength > limit) return { problem: 'too-large' };
    const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (data === null || typeof data !== 'object') return { problem: 'damaged' };
    const record = data as Record<string, unknown>;
    if (typeof record['input'] !== 'string') return { problem: 'damaged' };
    const simulation: SharedSimulation = { input: record['input'] };
    for (const field of FIELDS) {
      const fieldValue = record[field];
      if (field !== 'input' && typeof fieldValue === 'string') simulation[field] = fieldValue;
    }
    return { simulation };
  } catch (error) {
    return { problem: error instanceof TooLarge ? 'too-large' : 'damaged' };
  }
}

/** Decodes a fragment parameter value; `undefined` when it is damaged, too large or not a simulation. */
export async function decodeSimulation(value: string): Promise<SharedSimulation | undefined> {
  const result = await readSharedSimulation(value);
  return 'simulation' in result ? result.simulation : undefined;
}

/** The fragment (`#sim=…`) of a URL for a simulation. */
export async function simulationFragment(simulation: SharedSimulation): Promise<string> {
  return `#${SHARE_PARAMETER}=${await encodeSimulation(simulation)}`;
}

/** The encoded simulation in a fragment (`location.hash`), if it carries one. */
export function fragmentParameter(hash: string): string | undefined {
  const parameters = new URLSearchParams(hash.replace(/^#/, ''));
  return parameters.get(SHARE_PARAMETER) ?? undefined;
}
