/** The parts of a FROM instruction's image reference. */
export interface FromImage {
  readonly image: string;
  readonly tag: string | null;
  readonly digest: string | null;
  readonly alias: string | null;
}

/** Reads `name[:tag][@digest] [AS alias]`; `--platform` is already removed by the parser. */
export function parseFromImage(args: string): FromImage {
  const words = args.split(/\s+/).filter((word) => word.length > 0);
  const reference = words[0] ?? '';
  const alias = words.length >= 3 && (words[1] as string).toUpperCase() === 'AS' ? (words[2] as string) : null;
  const at = reference.indexOf('@');
  const digest = at === -1 ? null : reference.slice(at + 1);
  const named = at === -1 ? reference : reference.slice(0, at);
  // A colon before the last slash is a registry port (host:5000/app), not a tag.
  const colon = named.lastIndexOf(':');
  const tag = colon > named.lastIndexOf('/') ? named.slice(colon + 1) : null;
  const image = tag === null ? named : named.slice(0, colon);
  return { image, tag, digest, alias };
}
