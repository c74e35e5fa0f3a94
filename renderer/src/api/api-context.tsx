import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '@api';

const ApiContext = createContext<Api | null>(null);

/** Supplies the Api to every screen: the real client in the app, an in-memory one in tests. */
export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi: render inside <ApiProvider api={…}>');
  return api;
}
