import { endpoints } from '@huiqi/contracts';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';

const api = endpoints.health;

const get: AppRouteHandler<typeof api.get> = async (c) => {
  const { database } = c.get('deps');
  let reachable = true;
  let state = { applied: 0, known: 0 };
  try {
    await database.ping();
    state = await database.migrationState();
  } catch {
    reachable = false;
  }
  const current = reachable && state.applied === state.known;
  const body = {
    status: current ? ('ok' as const) : ('degraded' as const),
    database: {
      kind: database.kind,
      reachable,
      migrationsApplied: state.applied,
      migrationsKnown: state.known,
      current,
    },
    time: new Date().toISOString(),
  };
  return c.json(body, current ? 200 : 503);
};

export const healthRoutes = serve(api, { get });
