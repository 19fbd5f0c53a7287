import { defineConfig } from 'vite';
import { reactFlowFix } from './scripts/reactFlowFix.ts';

// The renderer build (browser mode and the desktop window load the same
// files). Relative base so it works from the app:// scheme and any web path.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: false,
  plugins: [reactFlowFix()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // lucide-react marks modules "use client" for server components; irrelevant here.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.PORT ?? 5173), strictPort: true },
});
