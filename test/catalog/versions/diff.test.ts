import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeDiff,
  gateMessage,
  renderJson,
  renderMarkdown,
  renderSummary,
  technicalChange,
} from '../../../src/catalog/versions/diff-render.ts';
import {
  CHANGE_KINDS,
  diffCatalogs,
  gateVerdict,
  minimumVersion,
  versionStep,
  type Bump,
  type Change,
  type ChangeKind,
} from '../../../src/catalog/versions/diff.ts';
import type { Catalog } from '../../../src/catalog/model.ts';
import { checkCatalogFile } from '../../../src/catalog/source/read.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/versions');

function load(name: string): Catalog {
  const result = checkCatalogFile(path.join(FIXTURES, `${name}.yaml`));
  if (!result.catalog) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(result.findings)}`);
  return result.catalog;
}

/** The changes from base.yaml to a fixture, as `kind subject-type:id [field/locale]` strings. */
function changesTo(name: string): { changes: string[]; required: Bump | undefined; raw: Change[] } {
  const diff = diffCatalogs(load('base'), load(name));
  return {
    changes: diff.changes.map(
      (change) =>
        `${change.kind} ${change.subject.type}:${change.subject.id}` +
        (change.field ? ` ${change.field}${change.locale ? `/${change.locale}` : ''}` : ''),
    ),
    required: diff.required,
    raw: diff.changes,
  };
}

// One fixture pair per kind of change: base.yaml → <fixture>.yaml.
const CASES: { fixture: string; changes: string[]; required: Bump }[] = [
  { fixture: 'event-added', changes: ['event-added event:webex-xsi-authorization-failure'], required: 'minor' },
  { fixture: 'event-deprecated', changes: ['event-deprecated event:webex-cdr-not-downloaded'], required: 'minor' },
  {
    fixture: 'event-deprecated-replaced',
    changes: ['event-deprecated event:webex-cdr-not-downloaded'],
    required: 'minor',
  },
  { fixture: 'event-removed', changes: ['event-removed event:disk-space-running-low'], required: 'major' },
  {
    fixture: 'event-renamed-deprecated',
    changes: ['event-renamed event:webex-user-sync-legacy'],
    required: 'major',
  },
  { fixture: 'event-renamed', changes: ['event-renamed event:webex-cdr-download-failure'], required: 'major' },
  {
    fixture: 'priority-raised',
    changes: ['priority-raised event:webex-presence-failure', 'response-time-shortened event:webex-presence-failure'],
    required: 'minor',
  },
  {
    fixture: 'priority-lowered',
    changes: [
      'priority-lowered event:webex-cdr-not-downloaded',
      'response-time-lengthened event:webex-cdr-not-downloaded',
    ],
    required: 'minor',
  },
  {
    fixture: 'response-time-shortened',
    changes: [
      'response-time-shortened event:webex-presence-failure',
      'response-time-shortened event:recording-channels-exhausted',
      'response-time-shortened event:advanced-queueing-licenses-exhausted',
      'response-time-shortened priority:P3',
    ],
    required: 'minor',
  },
  {
    fixture: 'response-time-lengthened',
    changes: ['response-time-lengthened event:disk-space-running-low', 'response-time-lengthened priority:P4'],
    required: 'minor',
  },
  { fixture: 'event-section-moved', changes: ['section-moved event:recording-channels-exhausted'], required: 'minor' },
  { fixture: 'section-moved', changes: ['section-moved section:cloud-connection-error'], required: 'minor' },
  {
    fixture: 'application-changed',
    changes: ['application-changed event:recording-channels-exhausted'],
    required: 'minor',
  },
  { fixture: 'title-en-changed', changes: ['text-changed event:webex-presence-failure title/en'], required: 'patch' },
  { fixture: 'title-it-changed', changes: ['text-changed event:webex-presence-failure title/it'], required: 'patch' },
  {
    fixture: 'description-changed',
    changes: ['text-changed event:disk-space-running-low description/it'],
    required: 'patch',
  },
  {
    fixture: 'section-text-changed',
    changes: ['text-changed section:space-saturation title/en', 'text-changed section:space-saturation description/en'],
    required: 'patch',
  },
  { fixture: 'priority-label-changed', changes: ['text-changed priority:P2 label/en'], required: 'patch' },
  {
    fixture: 'section-added',
    changes: ['event-added event:high-availability-replication-problem', 'section-added section:high-availability'],
    required: 'minor',
  },
  {
    fixture: 'section-removed',
    changes: ['event-removed event:cloud-api-unreachable', 'section-removed section:cloud-connection-error'],
    required: 'major',
  },
  { fixture: 'priority-level-added', changes: ['priority-level-added priority:P5'], required: 'minor' },
  {
    fixture: 'priority-level-removed',
    changes: [
      'priority-raised event:disk-space-running-low',
      'response-time-shortened event:disk-space-running-low',
      'priority-level-removed priority:P4',
    ],
    required: 'major',
  },
  { fixture: 'application-added', changes: ['application-added application:auto-attendant'], required: 'minor' },
  { fixture: 'application-removed', changes: ['application-removed application:call-analytics'], required: 'major' },
  { fixture: 'event-reinstated', changes: ['event-reinstated event:webex-user-sync-legacy'], required: 'minor' },
  { fixture: 'deprecation-changed', changes: ['deprecation-changed event:webex-user-sync-legacy'], required: 'minor' },
];

describe('diffCatalogs classifies every kind of change', () => {
  it.each(CASES)('$fixture', ({ fixture, changes, required }) => {
    const result = changesTo(fixture);
    expect(result.changes).toEqual(changes);
    expect(result.required).toBe(required);
    // Each fixture carries the lowest version its changes allow, so the gate passes on it.
    expect(gateVerdict(diffCatalogs(load('base'), load(fixture))).ok).toBe(true);
  });

  it('has a fixture pair for every kind of change the diff knows', () => {
    const seen = new Set(CASES.flatMap(({ changes }) => changes.map((line) => line.split(' ')[0])));
    const kinds = Object.keys(CHANGE_KINDS) as ChangeKind[];
    expect(kinds.filter((kind) => !seen.has(kind))).toEqual([]);
    for (const { changes, required } of CASES) {
      expect(changes.some((line) => CHANGE_KINDS[line.split(' ')[0] as ChangeKind] === required)).toBe(true);
    }
  });

  it('finds no change between a catalogue and itself, nor in its date, comments or source hash', () => {
    expect(diffCatalogs(load('base'), load('base')).changes).toEqual([]);
    const metadata = diffCatalogs(load('base'), load('metadata-only'));
    expect(metadata.old.sourceSha256).not.toBe(metadata.new.sourceSha256);
    expect(metadata.changes).toEqual([]);
    expect(metadata.required).toBeUndefined();
  });

  it('records the before and after values of a change', () => {
    const [priority, time] = changesTo('priority-raised').raw;
    expect(priority).toMatchObject({ before: 'P3', after: 'P2', bump: 'minor' });
    expect(time).toMatchObject({ before: 'PT4H', after: 'PT2H' });
    expect(changesTo('event-renamed').raw[0]).toMatchObject({
      before: 'webex-cdr-not-downloaded',
      after: 'webex-cdr-download-failure',
    });
    expect(changesTo('event-removed').raw[0]).not.toHaveProperty('before');
  });

  it('reports a removed deprecated event without a replacement as removed, naming its deprecation', () => {
    const deprecated = load('event-deprecated');
    const withoutIt: Catalog = {
      ...deprecated,
      version: '2.0.0',
      events: deprecated.events.filter(({ id }) => id !== 'webex-cdr-not-downloaded'),
    };
    const diff = diffCatalogs(deprecated, withoutIt);
    expect(diff.changes).toEqual([
      {
        kind: 'event-removed',
        bump: 'major',
        subject: { type: 'event', id: 'webex-cdr-not-downloaded' },
        before: '1.1.0',
      },
    ]);
    expect(describeDiff(diff, 'en')[0]?.text).toBe(
      'no longer monitored (id webex-cdr-not-downloaded removed, deprecated since version 1.1.0)',
    );
  });
});

describe('versions', () => {
  it('names the step between two versions', () => {
    expect(versionStep('1.0.0', '1.0.0')).toBe('none');
    expect(versionStep('1.0.0', '1.0.1')).toBe('patch');
    expect(versionStep('1.0.0', '1.1.0')).toBe('minor');
    expect(versionStep('1.4.2', '2.0.0')).toBe('major');
    expect(versionStep('1.1.0', '1.0.9')).toBe('lower');
    expect(versionStep('1.1.0', '1.1.0-rc.1')).toBe('lower');
  });

  it('orders pre-releases as SemVer 2.0.0 does', () => {
    // Numeric identifiers compare as numbers, alphanumeric ones in ASCII order, and more fields win.
    expect(versionStep('1.1.0-alpha.2', '1.1.0-alpha.10')).toBe('patch');
    expect(versionStep('1.1.0-beta', '1.1.0-alpha')).toBe('lower');
    expect(versionStep('1.1.0-alpha', '1.1.0-alpha.1')).toBe('patch');
    expect(versionStep('1.1.0-rc.1', '1.1.0')).toBe('patch');
    expect(versionStep('1.1.0+build.2', '1.1.0+build.1')).toBe('none');
  });

  it('gives the lowest version that makes an increment', () => {
    expect(minimumVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(minimumVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(minimumVersion('1.2.3', 'major')).toBe('2.0.0');
  });
});

describe('gateVerdict', () => {
  it('fails a minor change published with the same version or as a patch', () => {
    for (const fixture of ['priority-raised-same-version', 'priority-raised-patch']) {
      const verdict = gateVerdict(diffCatalogs(load('base'), load(fixture)));
      expect(verdict).toMatchObject({ ok: false, required: 'minor', minimumVersion: '1.1.0' });
    }
  });

  it('fails a breaking change published as a minor version', () => {
    const removed = load('event-removed');
    const verdict = gateVerdict(diffCatalogs(load('base'), { ...removed, version: '1.9.0' }));
    expect(verdict).toMatchObject({ ok: false, required: 'major', actual: 'minor', minimumVersion: '2.0.0' });
  });

  it('passes a larger increment than needed, and no increment when nothing changed', () => {
    expect(gateVerdict(diffCatalogs(load('base'), { ...load('title-en-changed'), version: '3.0.0' })).ok).toBe(true);
    expect(gateVerdict(diffCatalogs(load('base'), load('metadata-only'))).ok).toBe(true);
  });

  it('fails a version that goes back, even without changes', () => {
    const verdict = gateVerdict(diffCatalogs(load('base'), { ...load('base'), version: '0.9.0' }));
    expect(verdict).toMatchObject({ ok: false, actual: 'lower', required: undefined, minimumVersion: '1.0.0' });
  });

  it('says exactly what to do, located at the version line', () => {
    const diff = diffCatalogs(load('base'), load('priority-raised-same-version'));
    const lines = gateMessage(diff, gateVerdict(diff), {
      file: 'catalog/catalog.yaml',
      line: 2,
      col: 10,
      editable: true,
    });
    expect(lines[0]?.split('\n')[0]).toBe(
      'catalog/catalog.yaml:2:10: error [version-bump] priority of webex-presence-failure raised from P3 to P2 (minor) and 1 more minor change: raise version from 1.0.0 to at least 1.1.0 in catalog/catalog.yaml',
    );
    expect(lines[0]).toContain('\n  hint: also set updated to the date of the change');
    expect(lines).toContain('    minor: response time of event webex-presence-failure shortened from PT4H to PT2H');
    expect(
      gateMessage(
        diffCatalogs(load('base'), load('priority-raised')),
        gateVerdict(diffCatalogs(load('base'), load('priority-raised'))),
        { file: 'x', editable: true },
      ),
    ).toEqual([]);
  });
});

describe('maintainer wording', () => {
  it('words every change of every fixture in both languages, with its ids and no placeholder left', () => {
    for (const { fixture } of CASES) {
      for (const change of diffCatalogs(load('base'), load(fixture)).changes) {
        const [it, en] = [technicalChange(change, 'it'), technicalChange(change, 'en')];
        expect(it, `${fixture}: ${change.kind}`).not.toBe(en);
        expect(`${it} ${en}`, `${fixture}: ${change.kind}`).not.toMatch(/[{}]|undefined/);
        for (const sentence of [it, en]) expect(sentence).toContain(change.subject.id);
      }
    }
  });

  it('says what changed in Italian as in English', () => {
    const sentences = (fixture: string) =>
      diffCatalogs(load('base'), load(fixture)).changes.map((change) => technicalChange(change, 'it'));
    expect(sentences('priority-raised')).toEqual([
      'priorità di webex-presence-failure alzata da P3 a P2',
      'tempo di risposta dell’evento webex-presence-failure accorciato da PT4H a PT2H',
    ]);
    expect(sentences('event-removed')).toEqual(['evento disk-space-running-low rimosso']);
    expect(sentences('title-en-changed')[0]).toMatch(/^title in inglese dell’evento [a-z-]+ modificato$/);
  });

  it('gives the gate’s instruction and summary in Italian', () => {
    const diff = diffCatalogs(load('base'), load('priority-raised-same-version'));
    const lines = gateMessage(
      diff,
      gateVerdict(diff),
      { file: 'catalog.yaml', line: 2, col: 10, editable: true },
      'it',
    );
    expect(lines[0]).toBe(
      'catalog.yaml:2:10: error [version-bump] priorità di webex-presence-failure alzata da P3 a P2 (minor) e un’altra modifica minor: porta version da 1.0.0 ad almeno 1.1.0 in catalog.yaml\n' +
        '  suggerimento: imposta anche updated alla data della modifica, poi esegui di nuovo npm run catalog:diff.',
    );
    expect(lines[1]).toBe('  modifiche dalla 1.0.0:');
    expect(renderSummary(diff, gateVerdict(diff), 'it')).toBe(
      '1.0.0 → 1.0.0: 2 modifiche (2 minor), richiede minor: versione troppo bassa, portala ad almeno 1.1.0',
    );
    const unchanged = diffCatalogs(load('base'), load('base'));
    expect(renderSummary(unchanged, gateVerdict(unchanged), 'it')).toBe('1.0.0 → 1.0.0: nessuna modifica: ok');
  });
});

describe('customer wording', () => {
  it('describes a priority change with its new response time, in both languages', () => {
    const diff = diffCatalogs(load('base'), load('priority-raised'));
    const [en] = describeDiff(diff, 'en');
    const [it] = describeDiff(diff, 'it');
    expect(`${en?.name}: ${en?.text}`).toBe(
      'Webex presence failure: priority raised from P3 MEDIUM to P2 HIGH, response time now < 2 hours',
    );
    expect(`${it?.name}: ${it?.text}`).toBe(
      'Webex presence fallita: priorità alzata da P3 MEDIO a P2 ALTO, tempo di risposta ora < 2 ore',
    );
  });

  it.each([
    ['event-added', 'en', 'Webex XSI authorization failure: new event, priority P2 HIGH, response time < 2 hours'],
    [
      'event-added',
      'it',
      'Webex autorizzazione XSI fallita: nuovo evento, priorità P2 ALTO, tempo di risposta < 2 ore',
    ],
    [
      'event-deprecated-replaced',
      'en',
      'Webex CDR not downloaded: deprecated, replaced by “Webex presence failure”: Merged into the presence check.',
    ],
    [
      'event-removed',
      'it',
      'Spazio su disco in esaurimento: non è più monitorato (identificativo disk-space-running-low rimosso)',
    ],
    [
      'event-renamed',
      'en',
      'Webex CDR not downloaded: id changed from webex-cdr-not-downloaded to webex-cdr-download-failure',
    ],
    ['response-time-lengthened', 'it', 'Priorità P4 BASSO: tempo di risposta esteso da < 8 ore a < 12 ore'],
    [
      'event-section-moved',
      'en',
      'Channels exhausted (Call Recording): moved from section “Capacity saturation” to section “Space saturation”',
    ],
    ['section-moved', 'en', 'Section “Cloud connection error”: now a main section'],
    [
      'application-changed',
      'it',
      'Esaurimento dei canali (Call Recording): applicazione cambiata da Call Recording a Call Analytics',
    ],
    ['title-en-changed', 'en', 'Webex presence check failed: title changed (was “Webex presence failure”)'],
    ['priority-label-changed', 'en', 'Priority P2 URGENT: name changed (was “HIGH”)'],
    ['event-reinstated', 'it', 'Sincronizzazione utenti (vecchio controllo): di nuovo monitorato (non più deprecato)'],
  ] as const)('%s (%s)', (fixture, locale, expected) => {
    const lines = describeDiff(diffCatalogs(load('base'), load(fixture)), locale);
    expect(lines.map((line) => `${line.name}: ${line.text}`)).toContain(expected);
  });

  it('leaves out the other language’s text changes for a customer, and names the language for a maintainer', () => {
    const diff = diffCatalogs(load('base'), load('title-en-changed'));
    expect(describeDiff(diff, 'it', { onlyOwnLanguage: true })).toEqual([]);
    expect(describeDiff(diff, 'it')[0]?.text).toBe(
      'titolo in inglese modificato da “Webex presence failure” a “Webex presence check failed”',
    );
  });
});

describe('renderers', () => {
  const diff = () => diffCatalogs(load('base'), load('priority-raised-same-version'));
  const files = { old: 'catalog/releases/1.0.0.json', new: 'catalog/catalog.yaml' };

  it('summarizes in one line', () => {
    const d = diff();
    expect(renderSummary(d, gateVerdict(d))).toBe(
      '1.0.0 → 1.0.0: 2 changes (2 minor), needs minor: version too low, raise to at least 1.1.0',
    );
    const ok = diffCatalogs(load('base'), load('base'));
    expect(renderSummary(ok, gateVerdict(ok))).toBe('1.0.0 → 1.0.0: no changes: ok');
  });

  it('renders JSON with the verdict and each change in both languages', () => {
    const d = diff();
    const json = JSON.parse(renderJson(d, gateVerdict(d), files));
    expect(json).toMatchObject({ required: 'minor', actual: 'none', ok: false, minimumVersion: '1.1.0' });
    expect(json.changes[0]).toMatchObject({
      kind: 'priority-raised',
      summary: 'priority of webex-presence-failure raised from P3 to P2',
      text: {
        it: 'Webex presence fallita: priorità alzata da P3 MEDIO a P2 ALTO',
        en: 'Webex presence failure: priority raised from P3 MEDIUM to P2 HIGH',
      },
    });
  });

  it('renders Markdown with a row per subject and escapes catalogue text', () => {
    const d = diff();
    const markdown = renderMarkdown(d, gateVerdict(d), files);
    expect(markdown).toContain(
      '| minor | **Webex presence failure** (`webex-presence-failure`): priority raised from P3 MEDIUM to P2 HIGH, response time now < 2 hours |',
    );
    expect(markdown).toContain('**Version too low:** raise version from 1.0.0 to at least 1.1.0.');
    const renamed = diffCatalogs(load('base'), load('event-section-moved'));
    expect(renderMarkdown(renamed, gateVerdict(renamed), files)).toContain('Channels exhausted (Call Recording)');
  });
});
