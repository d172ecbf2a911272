import { describe, expect, it } from 'vitest';
import { diagnosticKey, localizedDiagnostics } from '../../src/artifacts/compiler-diagnostics.ts';
import { isolatedDeclaration, parseModule, SyntaxProblem, type Diagnostic } from '../../src/artifacts/syntax.ts';

/** The diagnostics Oxc reports for what `report` reads. */
function oxcSays(report: () => unknown): readonly Diagnostic[] {
  try {
    report();
  } catch (error) {
    if (error instanceof SyntaxProblem) return error.diagnostics;
    throw error;
  }
  throw new Error('Oxc reported nothing');
}

/** One diagnostic at `m.ts:3:1`, its text in English as Oxc writes it. */
const at = (text: string): Diagnostic[] => [{ place: 'm.ts:3:1', text }];

describe('localizedDiagnostics', () => {
  it("puts Oxc's isolated-declaration diagnostics in TypeScript's Italian, each place and code kept", () => {
    const diagnostics = oxcSays(() =>
      isolatedDeclaration(
        'lib/list.ts',
        'export const list = [1].map((n) => n);\nexport function twice(n) {\n  return n * 2;\n}\n',
      ),
    );
    expect(localizedDiagnostics(diagnostics, 'it').split('\n')).toEqual([
      "lib/list.ts:1:14: TS9010: La variabile deve avere un'annotazione di tipo esplicito con --isolatedDeclarations.",
      "lib/list.ts:2:17: TS9007: La funzione deve avere un'annotazione di tipo restituito esplicita con --isolatedDeclarations.",
      "lib/list.ts:2:23: TS9011: Il parametro deve avere un'annotazione di tipo esplicito con --isolatedDeclarations.",
    ]);
    expect(localizedDiagnostics(diagnostics, 'en').split('\n')).toEqual([
      'lib/list.ts:1:14: TS9010: Variable must have an explicit type annotation with --isolatedDeclarations.',
      'lib/list.ts:2:17: TS9007: Function must have an explicit return type annotation with --isolatedDeclarations.',
      'lib/list.ts:2:23: TS9011: Parameter must have an explicit type annotation with --isolatedDeclarations.',
    ]);
  });

  it('translates a syntax error Oxc reports without a code, by the English text TypeScript has too', () => {
    const diagnostics = oxcSays(() => parseModule('broken.ts', 'export const = 1;\n'));
    expect(localizedDiagnostics(diagnostics, 'en')).toBe('broken.ts:1:14: Unexpected token');
    expect(localizedDiagnostics(diagnostics, 'it')).toBe('broken.ts:1:14: Token imprevisto.');
  });

  it('keeps the names a diagnostic quotes, and leaves a text TypeScript cannot translate as Oxc wrote it', () => {
    expect(
      localizedDiagnostics(
        at("TS9039: Type containing private name 'Secret' can't be used with --isolatedDeclarations."),
        'it',
      ),
    ).toBe(
      "m.ts:3:1: TS9039: Non è possibile usare il tipo contenente il nome privato 'Secret' con --isolatedDeclarations.",
    );
    expect(localizedDiagnostics(at("TS1005: ';' expected."), 'it')).toBe("m.ts:3:1: TS1005: È previsto ';'.");
    // An apostrophe before the name ("can't") quotes nothing: the name is still the quoted one.
    expect(localizedDiagnostics(at("TS9039: A type can't hold the private name 'Secret'."), 'it')).toBe(
      "m.ts:3:1: TS9039: Non è possibile usare il tipo contenente il nome privato 'Secret' con --isolatedDeclarations.",
    );
    // A name the English should quote and does not: the template cannot be filled.
    const unnamed = "TS9039: Type containing private name can't be used with --isolatedDeclarations.";
    expect(localizedDiagnostics(at(unnamed), 'it')).toBe(`m.ts:3:1: ${unnamed}`);
    const unknown = 'Expected `;` but found `)`';
    expect(localizedDiagnostics(at(unknown), 'it')).toBe(`m.ts:3:1: ${unknown}`);
  });
});

describe('diagnosticKey', () => {
  it("makes TypeScript's keys of its English texts", () => {
    expect(diagnosticKey('Function must have an explicit return type annotation with --isolatedDeclarations.')).toBe(
      'Function_must_have_an_explicit_return_type_annotation_with_isolatedDeclarations',
    );
    expect(diagnosticKey("'*/' expected.")).toBe('Asterisk_Slash_expected');
    expect(diagnosticKey('Unexpected token')).toBe('Unexpected_token');
  });
});
