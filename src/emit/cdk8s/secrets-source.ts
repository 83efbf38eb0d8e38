/**
 * secrets.ts: every unit's Secret data, apart from the chart, so a team can
 * keep the one file holding real values (written only with
 * --include-secrets) out of version control, or read them from its secret
 * store there, without touching the chart.
 */
import type { SourceFileStructure } from 'ts-morph';
import { tsMorph } from './ts-morph-runtime.js';
import { Expression } from './expression.js';
import { quotedString, valueWriter } from './value-writer.js';

/** How the chart reads one unit's data from secrets.ts. */
export const secretDataOf = (unitName: string) => new Expression(`secretData[${quotedString(unitName)}]!`);

export function secretsSource(byUnit: Readonly<Record<string, unknown>>): SourceFileStructure {
  const { StructureKind, VariableDeclarationKind } = tsMorph();
  return {
    kind: StructureKind.SourceFile,
    statements: [
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ["Each unit's Secret data, by unit and key: placeholders unless decant ran with --include-secrets."],
        declarations: [{ name: 'secretData', type: 'Record<string, Record<string, string>>', initializer: valueWriter(byUnit) }],
      },
    ],
  };
}
