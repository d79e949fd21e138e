/** The GitHub Action's entry: inputs → run → outputs. All the work is in ./action/run-action.ts. */
import { runAction } from './action/run-action.js';

await runAction();
