import type { ServiceContext } from '../services/context.js';
import type { MailPorts } from '../services/messages.js';

/** What every route handler finds on the context: the service context of the caller. */
export interface AppEnv {
  Variables: { ctx: ServiceContext; mail: MailPorts };
}
