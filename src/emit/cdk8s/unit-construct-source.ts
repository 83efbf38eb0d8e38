/**
 * The source of one unit's construct (units/<unit>.ts): a props interface
 * typed with kubernetes-types, and a class whose constructor adds one
 * `ApiObject` per object, each literal checked against its API type with
 * `satisfies`.
 */
import type { SourceFileStructure, StatementStructures, WriterFunction } from 'ts-morph';
import { tsMorph } from './ts-morph-runtime.js';
import type { UnitShape } from './unit-shape.js';
import { valueWriter } from './value-writer.js';

const API_MODULES: Record<string, string> = {
  apps: 'kubernetes-types/apps/v1',
  batch: 'kubernetes-types/batch/v1',
  core: 'kubernetes-types/core/v1',
  networking: 'kubernetes-types/networking/v1',
};

/** The kubernetes-types namespaces a set of type expressions uses (`core.Probe` uses `core`). */
function namespacesUsed(types: readonly string[]): string[] {
  return Object.keys(API_MODULES).filter((ns) => types.some((t) => new RegExp(`\\b${ns}\\.`).test(t)));
}

function constructorBody(shape: UnitShape): WriterFunction {
  return (writer) => {
    writer.writeLine('super(scope, id);');
    for (const object of shape.objects) {
      writer.write(`new ApiObject(this, '${object.id}', `);
      valueWriter(object.literal)(writer);
      writer.write(` satisfies ${object.type});`).newLine();
    }
  };
}

export interface UnitConstructNames {
  readonly className: string;
  readonly unitName: string;
  readonly appName: string;
}

export function unitConstructSource(names: UnitConstructNames, shape: UnitShape): SourceFileStructure {
  const { StructureKind } = tsMorph();
  const propsName = `${names.className}Props`;
  const types = [...shape.props.map((p) => p.type), ...shape.objects.map((o) => o.type)];
  const kinds = shape.objects.map((o) => o.type.split('.')[1]).join(', ');
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'cdk8s', namedImports: ['ApiObject'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'constructs', namedImports: ['Construct'] },
    ...namespacesUsed(types).map(
      (ns): StatementStructures => ({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, namespaceImport: ns, moduleSpecifier: API_MODULES[ns]! }),
    ),
    {
      kind: StructureKind.Interface,
      name: propsName,
      isExported: true,
      docs: [`What the ${names.unitName} unit is given; the chart passes what decant planned.`],
      properties: shape.props.map((p) => ({ name: p.name, type: p.type, isReadonly: true, hasQuestionToken: p.value === undefined, docs: [p.doc] })),
    },
    {
      kind: StructureKind.Class,
      name: names.className,
      isExported: true,
      extends: 'Construct',
      docs: [`The ${names.unitName} unit of ${names.appName}: ${kinds}, the objects decant's kustomize base holds for it.`],
      ctors: [
        {
          parameters: [
            { name: 'scope', type: 'Construct' },
            { name: 'id', type: 'string' },
            { name: 'props', type: propsName },
          ],
          statements: constructorBody(shape),
        },
      ],
    },
  ];
  return { kind: StructureKind.SourceFile, statements };
}
