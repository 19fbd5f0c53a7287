// Serve the built renderer (browser mode) on localhost.
import { preview } from 'vite';

export const DEFAULT_PORT = 5173;

export async function serveBrowserMode(port = Number(process.env.PORT ?? DEFAULT_PORT)) {
  const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn', preview: { port, strictPort: true, host: '127.0.0.1' } });
  const url = `http://localhost:${port}/`;
  return { server, url };
}
