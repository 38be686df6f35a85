import type { ChildProcess } from "node:child_process";

export default async function globalTeardown(): Promise<void> {
  const s = (globalThis as Record<string, unknown>).__binaE2E as { child: ChildProcess; dropDb: (() => Promise<void>) | null } | undefined;
  if (!s) return;
  const exited = new Promise((r) => s.child.once("exit", r));
  s.child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (s.child.exitCode === null) s.child.kill("SIGKILL");
  await s.dropDb?.();
}
