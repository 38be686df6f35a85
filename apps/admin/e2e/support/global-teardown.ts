import type { E2EState } from "./global-setup";

/** Stops the API, then drops its database (PostgreSQL) or removes its data folder (PGlite). */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__binaE2E as E2EState | undefined;
  if (!state) return;
  delete (globalThis as Record<string, unknown>).__binaE2E;
  if (process.env.BINA_E2E_SHOW_API_LOG) console.log(`[e2e] API output:\n${state.output()}`);
  await state.cleanup();
}
