/** What templates/Dockerfile.hbs prints: built by dockerfile-view.ts, made line-safe by line-safe.ts. */

export interface DockerfileBlock {
  readonly comments: readonly string[];
  readonly lines: readonly string[];
}

export interface DockerfileView {
  readonly header: readonly string[];
  readonly baseImage: string;
  readonly blocks: readonly DockerfileBlock[];
}
