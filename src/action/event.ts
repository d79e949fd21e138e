/** The runner's event name mapped onto our events, and the base revision it implies. */
import type { EventName } from '../options.js';

export interface EventContext {
  event: EventName;
  /** The revision to compare against when the user did not name one. */
  defaultBase?: string;
}

interface Payload {
  pull_request?: { base?: { sha?: string } };
  before?: string;
}

export function eventContext(eventName: string, payload: Payload): EventContext {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return { event: 'pr', defaultBase: payload.pull_request?.base?.sha };
    case 'push': {
      const before = payload.before;
      // A new branch's first push has no previous commit (all zeros): compare with its parent.
      return { event: 'push', defaultBase: before && !/^0+$/.test(before) ? before : 'HEAD~1' };
    }
    case 'schedule':
      return { event: 'schedule', defaultBase: 'HEAD' };
    default:
      return { event: 'manual', defaultBase: 'HEAD' };
  }
}
