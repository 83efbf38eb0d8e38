/**
 * network-policies.ts of the cdk8s app: the app's own objects, its
 * NetworkPolicies (deny by default, DNS, public ingress, each connection the
 * cookbooks make between units), as one construct the chart adds after the
 * units. They belong to no unit, so they take no unit props: each policy is
 * a literal checked against networking/v1's NetworkPolicy, its reason in its
 * `decant.io/reason` annotation, where a platform team reviewing the policies
 * reads why each exists.
 */
import type { SourceFileStructure, WriterFunction } from 'ts-morph';
import { tsMorph } from './ts-morph-runtime.js';
import type { NetworkPolicy } from '../kubernetes/types.js';
import { quotedString, valueWriter } from './value-writer.js';

/** The construct's class, which the chart imports: class-names.ts keeps unit classes off it. */
export const NETWORK_POLICIES_CLASS = 'NetworkPolicies';
/** Its module, from chart.ts. */
export const NETWORK_POLICIES_MODULE = './network-policies';
/**
 * Its id in the chart. Upper case, so no unit's construct (a unit's id is its
 * name, a DNS label: lower case) can take it.
 */
export const NETWORK_POLICIES_ID = 'NetworkPolicies';

function constructorBody(policies: readonly NetworkPolicy[]): WriterFunction {
  return (writer) => {
    writer.writeLine('super(scope, id);');
    for (const policy of policies) {
      // The policy's name is unique in the app (it is its kustomize file's name): an id within the construct.
      writer.write(`new ApiObject(this, ${quotedString(policy.metadata.name)}, `);
      valueWriter(policy)(writer);
      writer.write(' satisfies networking.NetworkPolicy);').newLine();
    }
  };
}

export function networkPoliciesSource(appName: string, policies: readonly NetworkPolicy[]): SourceFileStructure {
  const { StructureKind } = tsMorph();
  return {
    kind: StructureKind.SourceFile,
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'cdk8s', namedImports: ['ApiObject'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'constructs', namedImports: ['Construct'] },
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, namespaceImport: 'networking', moduleSpecifier: 'kubernetes-types/networking/v1' },
      {
        kind: StructureKind.Class,
        name: NETWORK_POLICIES_CLASS,
        isExported: true,
        extends: 'Construct',
        docs: [
          `The NetworkPolicies of ${appName}: which traffic reaches and leaves its pods, each policy saying why in its decant.io/reason annotation.`,
        ],
        ctors: [
          {
            parameters: [
              { name: 'scope', type: 'Construct' },
              { name: 'id', type: 'string' },
            ],
            statements: constructorBody(policies),
          },
        ],
      },
    ],
  };
}
