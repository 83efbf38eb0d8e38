/**
 * Core resources' property aliases, as Chef's resource classes declare them (`alias :branch :revision` in
 * Chef::Resource::Git): a value set under an alias is the property itself, so the plan reads one name.
 */
const ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  git: { branch: 'revision', reference: 'revision', repo: 'repository' },
};

/** The property `name` stands for on a resource of `type` (itself when it is no alias). */
export function propertyName(type: string, name: string): string {
  return Object.prototype.hasOwnProperty.call(ALIASES, type) ? ALIASES[type]![name] ?? name : name;
}
