import type { ServiceContext } from '../services/context.js';

/** What every route handler finds on the context: the service context of the caller. */
export interface AppEnv {
  Variables: { ctx: ServiceContext };
}
