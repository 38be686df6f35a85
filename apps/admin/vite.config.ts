import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The API (apps/api) listens on port 4000 and serves the built `dist/` at `/` in production; in
 * development Vite proxies the API's paths to it (`BINA_API_ORIGIN` points elsewhere).
 */
const API_ORIGIN = process.env["BINA_API_ORIGIN"] ?? "http://localhost:4000";

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
  // The dev pre-bundler cannot follow `?worker` imports; leave GraphiQL's worker setup to Vite itself
  // (as GraphiQL's own Vite example does).
  // Those workers import CommonJS packages, which the dev server must then pre-bundle by name.
  optimizeDeps: {
    exclude: ["graphiql/setup-workers/vite", "@graphiql/react/setup-workers/vite"],
    include: [
      "graphiql > @graphiql/react > graphql-language-service > nullthrows",
      "graphiql > @graphiql/react > graphql-language-service > debounce-promise",
      "graphiql > @graphiql/react > monaco-graphql > picomatch-browser",
    ],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // GraphiQL (Monaco) is large by nature; it lives in its own lazily loaded chunks.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // React Compiler output in GraphiQL carries "use no memo" directives, harmless once bundled.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
      output: {
        // Libraries in their own chunks: they change less often than the app, so browsers keep them cached.
        // Not antd: one chunk of every component any page uses made the first route load 350 KB (gzipped) of it;
        // split with the pages, each route loads only the components it shows.
        codeSplitting: {
          groups: [
            { name: "vendor-react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            { name: "vendor-apollo", test: /[\\/]node_modules[\\/](@apollo|rxjs|@wry|optimism)[\\/]/ },
          ],
        },
      },
    },
  },
});
