import type { ServiceContext } from '../services/context.js';
import type { MailPorts } from '../services/messages.js';
import type { ActiveSession } from '../services/sessions.js';

/** What every route handler finds on the context: the service context of the caller. */
export interface AppEnv {
  Variables: {
    ctx: ServiceContext;
    mail: MailPorts;
    /** Server mode: the signed-in session and account (set by the session guard). */
    auth: ActiveSession;
  };
}
