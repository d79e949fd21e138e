/** The one place a Forge is chosen: GitHub today (GitHub.com or Enterprise Server, by URL). */
import type { Forge } from './forge.js';
import { GitHubForge } from './github.js';

export interface ForgeSettings {
  token: string;
  repository: string;
  apiUrl: string;
  graphqlUrl: string;
  onWait?: (message: string) => void;
}

export function createForge(settings: ForgeSettings): Forge {
  return new GitHubForge(settings);
}
