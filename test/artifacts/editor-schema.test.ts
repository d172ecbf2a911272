/**
 * The source schema as maintainers meet it: the real yaml-language-server (the engine of VS Code's
 * YAML extension), spoken to over stdio, reads `catalog-source.schema.json` from the file's
 * modeline, completes the catalogue's own priorities and flags what the catalogue would refuse.
 * The committed catalogue must raise nothing; the completions and mistakes are tried on the logic
 * catalogue (test/fixtures/logic/catalog.yaml), with the schema published for it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSourceSchema } from '../../src/artifacts/json-schemas.ts';
import { DEFAULT_CATALOG_FILE, loadCatalog } from '../../src/catalog/source/read.ts';
import { LOGIC_CATALOG_FILE, logicCatalog } from '../support/logic-catalog.ts';

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

/** A minimal LSP client: Content-Length framed JSON-RPC over the server's stdin and stdout. */
class LanguageClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly listeners: (() => void)[] = [];

  private readonly server: ChildProcessWithoutNullStreams;

  constructor(server: ChildProcessWithoutNullStreams) {
    this.server = server;
    server.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const header = this.buffer.indexOf('\r\n\r\n');
        if (header === -1) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, header).toString())?.[1]);
        if (this.buffer.length < header + 4 + length) return;
        const message = JSON.parse(this.buffer.subarray(header + 4, header + 4 + length).toString('utf8'));
        this.buffer = this.buffer.subarray(header + 4 + length);
        this.receive(message);
      }
    });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin.write(body);
  }

  private receive(message: { id?: number; method?: string; params?: any; result?: unknown }): void {
    if (message.method && message.id !== undefined) {
      // Requests from the server (configuration, registrations): validation and completion on.
      const result =
        message.method === 'workspace/configuration'
          ? message.params.items.map(() => ({
              validate: true,
              completion: true,
              hover: true,
              schemaStore: { enable: false },
            }))
          : null;
      this.send({ id: message.id, result });
    } else if (message.method === 'textDocument/publishDiagnostics') {
      this.diagnostics.set(message.params.uri, message.params.diagnostics);
      this.listeners.forEach((listener) => listener());
    } else if (message.id !== undefined) {
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    }
  }

  request<T>(method: string, params: object): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (result: unknown) => void);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: object): void {
    this.send({ method, params });
  }

  /** The diagnostics of a document, once `done` accepts them (the server publishes more than once). */
  waitForDiagnostics(
    uri: string,
    done: (diagnostics: Diagnostic[]) => boolean,
    timeout = 20_000,
  ): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no such diagnostics: ${JSON.stringify(this.diagnostics.get(uri))}`)),
        timeout,
      );
      const check = () => {
        const found = this.diagnostics.get(uri);
        if (found && done(found)) {
          clearTimeout(timer);
          resolve(found);
        }
      };
      this.listeners.push(check);
      check();
    });
  }
}

const folder = mkdtempSync(path.join(tmpdir(), 'editor-schema-'));
// The schema lists a catalogue's own priorities and sections: one for each catalogue opened.
const COMMITTED_SCHEMA = 'catalog-source.schema.json';
const LOGIC_SCHEMA = 'logic-source.schema.json';
const committed = readFileSync(DEFAULT_CATALOG_FILE, 'utf8');
const logic = readFileSync(LOGIC_CATALOG_FILE, 'utf8');
let server: ChildProcessWithoutNullStreams;
let client: LanguageClient;
let version = 0;

/**
 * Opens a catalogue text in the server, pointed at a schema by its modeline (in place of the text's
 * first line, a comment), as the committed file is. By default the logic catalogue's schema.
 */
function open(name: string, text: string, schema = LOGIC_SCHEMA): string {
  const file = path.join(folder, name);
  const modeline = `# yaml-language-server: $schema=./${schema}`;
  const body = `${modeline}\n${text.split('\n').slice(1).join('\n')}`;
  writeFileSync(file, body);
  const uri = pathToFileURL(file).href;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text: body } });
  return uri;
}

beforeAll(async () => {
  writeFileSync(
    path.join(folder, COMMITTED_SCHEMA),
    JSON.stringify(catalogSourceSchema(loadCatalog(DEFAULT_CATALOG_FILE))),
  );
  writeFileSync(path.join(folder, LOGIC_SCHEMA), JSON.stringify(catalogSourceSchema(logicCatalog())));
  server = spawn(process.execPath, [
    path.resolve('node_modules/yaml-language-server/bin/yaml-language-server'),
    '--stdio',
  ]);
  client = new LanguageClient(server);
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { completion: { completionItem: { documentationFormat: ['plaintext'] } }, publishDiagnostics: {} },
    },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', {
    settings: { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } } },
  });
}, 30_000);

afterAll(() => {
  server?.kill();
});

describe('catalog-source.schema.json in yaml-language-server', () => {
  it('finds nothing to say about the committed catalogue', async () => {
    const uri = open('committed.yaml', committed, COMMITTED_SCHEMA);
    // An empty list is published once the schema is loaded and applied; give it a moment to settle.
    await client.waitForDiagnostics(uri, () => true);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(client.diagnostics.get(uri)).toEqual([]);
  });

  it("offers the catalogue's own priorities at priority: and sections at category:", async () => {
    const text = logic.replace(/priority: P1\n/, 'priority: \n');
    const uri = open('complete.yaml', text);
    const line = text.split('\n').findIndex((candidate) => /^\s+priority: $/.test(candidate));
    const character = text.split('\n')[line]!.length;
    await client.waitForDiagnostics(uri, () => true);
    const completion = await client.request<
      { items: { label: string; documentation?: string }[] } | { label: string }[]
    >('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    const items = Array.isArray(completion) ? completion : completion.items;
    expect(items.map(({ label }) => label).sort()).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(JSON.stringify(items)).toContain('CRITICAL (CRITICO), PT30M');

    const sectionText = logic.replace(/category: degradation\n/, 'category: \n');
    const sectionUri = open('complete-section.yaml', sectionText);
    const sectionLine = sectionText.split('\n').findIndex((candidate) => /^\s+category: $/.test(candidate));
    await client.waitForDiagnostics(sectionUri, () => true);
    const sections = await client.request<{ items: { label: string }[] } | { label: string }[]>(
      'textDocument/completion',
      {
        textDocument: { uri: sectionUri },
        position: { line: sectionLine, character: sectionText.split('\n')[sectionLine]!.length },
      },
    );
    const labels = (Array.isArray(sections) ? sections : sections.items).map(({ label }) => label);
    expect(labels).toEqual(expect.arrayContaining(['degradation', 'anomalies', 'saturation', 'capacity', 'cloud']));
  });

  it('flags P9 and a misspelt key while typing, once each, in words', async () => {
    const text = logic.replace(/priority: P1\n/, 'priority: P9\n').replace(/    title:/, '    titel:');
    const uri = open('mistakes.yaml', text);
    const diagnostics = await client.waitForDiagnostics(uri, (found) => found.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const messages = client.diagnostics.get(uri)!.map(({ message }) => message);
    expect(messages.filter((message) => message.includes('P1, P2, P3, P4'))).toEqual([
      'Use one of the priorities this catalogue defines: P1, P2, P3, P4.',
    ]);
    expect(messages.some((message) => /titel/.test(message))).toBe(true);
    expect(messages.join('\n')).not.toMatch(/\^P|pattern/);
    expect(diagnostics.length).toBeGreaterThanOrEqual(2);
  });

  it('says what to write instead of a pattern, one message per mistake', async () => {
    const text = logic
      .replace('version: 2.3.0', 'version: 2.3')
      .replace('responseTime: PT30M', 'responseTime: 30 minutes')
      .replace(/en: VoIP gateway crash/, 'en: ""');
    const uri = open('patterns.yaml', text);
    await client.waitForDiagnostics(uri, (found) => found.length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const diagnostics = client.diagnostics.get(uri)!;
    const at = (needle: string) => {
      const line = text.split('\n').findIndex((candidate) => candidate.includes(needle));
      return diagnostics.filter(({ range }) => range.start.line === line).map(({ message }) => message);
    };
    expect(at('version: 2.3')).toEqual(['Write it as MAJOR.MINOR.PATCH, e.g. 1.2.0.']);
    expect(at('responseTime: 30 minutes')).toEqual([expect.stringMatching(/^Write PT1H for 1 hour/)]);
    expect(at('en: ""')).toEqual(['Write the text: it may not be empty.']);
  });
});
