import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The API (apps/api) listens on port 4000 and serves the built `dist/` at `/` in production. */
const API_ORIGIN = "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/graphql": API_ORIGIN,
      "/healthz": API_ORIGIN,
      "/readyz": API_ORIGIN,
    },
  },
  preview: {
    port: 4173,
    proxy: {
      "/graphql": API_ORIGIN,
      "/healthz": API_ORIGIN,
      "/readyz": API_ORIGIN,
    },
  },
  // Monaco's workers (GraphiQL) are bundled as ES module workers: no CDN on closed government networks.
  worker: { format: "es" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // GraphiQL (Monaco) is large by nature; it lives in its own lazily loaded chunks.
    chunkSizeWarningLimit: 4000,
  },
});
