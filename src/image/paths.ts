/** The image's build context, Dockerfile and secret files are written relative to `working-directory`, on every front end. */
import { resolve } from 'node:path';
import type { ImageOptions } from './stage.js';

export function resolveImagePaths(image: ImageOptions, workingDirectory: string): ImageOptions {
  return {
    ...image,
    context: resolve(workingDirectory, image.context),
    dockerfile: image.dockerfile === undefined ? undefined : resolve(workingDirectory, image.dockerfile),
    secrets: image.secrets.map((secret) => (secret.source === 'file' ? { ...secret, path: resolve(workingDirectory, secret.path) } : secret)),
  };
}
