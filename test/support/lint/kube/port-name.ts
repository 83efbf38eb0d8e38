/**
 * IANA_SVC_NAME as Kubernetes validates named ports: at most 15 characters of
 * lowercase letters, digits and single inner hyphens, with at least one letter.
 */
export function isValidPortName(name: string): boolean {
  return name.length >= 1 && name.length <= 15 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name) && !name.includes('--') && /[a-z]/.test(name);
}

export function isValidPortNumber(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}
