import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createProject } from '../shared/domain/defaults.ts';
import { App } from './App.tsx';
import { detectPlatform } from './platform/index.ts';
import { createAppStore } from './state/store.ts';

const store = createAppStore(createProject({ now: new Date().toISOString() }));
const platform = detectPlatform();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} platform={platform} />
  </StrictMode>,
);
