/** The image's build context and Dockerfile are written relative to `working-directory`, on every front end. */
import { resolve } from 'node:path';
import type { ImageOptions } from './stage.js';

export function resolveImagePaths(image: ImageOptions, workingDirectory: string): ImageOptions {
  return {
    ...image,
    context: resolve(workingDirectory, image.context),
    dockerfile: image.dockerfile === undefined ? undefined : resolve(workingDirectory, image.dockerfile),
  };
}
