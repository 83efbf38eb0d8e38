/**
 * The app's chart (chart.ts), which adds each unit's construct with the props
 * decant planned, then the app's NetworkPolicies, and main.ts, which
 * synthesizes it into dist/.
 */
import type { ImportDeclarationStructure, SourceFileStructure, WriterFunction } from 'ts-morph';
import { tsMorph } from './ts-morph-runtime.js';
import { NETWORK_POLICIES_CLASS, NETWORK_POLICIES_ID, NETWORK_POLICIES_MODULE } from './network-policies-source.js';
import type { PropSlot } from './unit-shape.js';
import { quotedString, valueWriter } from './value-writer.js';

export interface ChartUnit {
  readonly name: string;
  readonly className: string;
  /** Module path from chart.ts, without extension (the app compiles to CommonJS). */
  readonly module: string;
  readonly props: readonly PropSlot[];
}

/** What chart.ts adds and reads besides the units. */
export interface ChartExtras {
  /** The units' Secret data comes from secrets.ts. */
  readonly withSecrets: boolean;
  /** The app has NetworkPolicies (network-policies.ts). */
  readonly withPolicies: boolean;
}

function chartBody(units: readonly ChartUnit[], withPolicies: boolean): WriterFunction {
  return (writer) => {
    writer.writeLine('super(scope, id, props);');
    for (const unit of units) {
      const given = Object.fromEntries(unit.props.filter((p) => p.value !== undefined).map((p) => [p.name, p.value]));
      writer.write(`new ${unit.className}(this, ${quotedString(unit.name)}, `);
      valueWriter(given)(writer);
      writer.write(');').newLine();
    }
    if (withPolicies) writer.writeLine(`new ${NETWORK_POLICIES_CLASS}(this, ${quotedString(NETWORK_POLICIES_ID)});`);
  };
}

export function chartSource(appName: string, chartClass: string, units: readonly ChartUnit[], extras: ChartExtras): SourceFileStructure {
  const { StructureKind } = tsMorph();
  const named = (moduleSpecifier: string, name: string): ImportDeclarationStructure => ({ kind: StructureKind.ImportDeclaration, moduleSpecifier, namedImports: [name] });
  return {
    kind: StructureKind.SourceFile,
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'cdk8s', namedImports: ['Chart', { name: 'ChartProps', isTypeOnly: true }] },
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: 'constructs', namedImports: ['Construct'] },
      ...(extras.withSecrets ? [named('./secrets', 'secretData')] : []),
      ...units.map((u) => named(u.module, u.className)),
      ...(extras.withPolicies ? [named(NETWORK_POLICIES_MODULE, NETWORK_POLICIES_CLASS)] : []),
      {
        kind: StructureKind.Class,
        name: chartClass,
        isExported: true,
        extends: 'Chart',
        docs: [
          `The ${appName} app decant converted: one construct per unit, given the values decant planned for it${extras.withPolicies ? ', and the NetworkPolicies between them' : ''}.`,
        ],
        ctors: [
          {
            parameters: [
              { name: 'scope', type: 'Construct' },
              { name: 'id', type: 'string' },
              { name: 'props', type: 'ChartProps', initializer: '{}' },
            ],
            statements: chartBody(units, extras.withPolicies),
          },
        ],
      },
    ],
  };
}

/** main.ts: `npm run synth` compiles and runs it; the manifests land in dist/<app>.k8s.yaml. */
export function mainSource(appName: string, chartClass: string): SourceFileStructure {
  const { StructureKind, VariableDeclarationKind } = tsMorph();
  return {
    kind: StructureKind.SourceFile,
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'cdk8s', namedImports: ['App'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './chart', namedImports: [chartClass] },
      { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: 'app', initializer: "new App({ outdir: 'dist' })" }] },
      `new ${chartClass}(app, ${quotedString(appName)});`,
      'app.synth();',
    ],
  };
}
