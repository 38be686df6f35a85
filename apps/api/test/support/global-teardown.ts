export default async function globalTeardown(): Promise<void> {
  const e = (globalThis as Record<string, unknown>).__binaEmbedded as
    | { db: { close(): Promise<void> }; server: { stop(): Promise<void> } }
    | undefined;
  if (!e) return;
  await e.server.stop();
  await e.db.close();
}
