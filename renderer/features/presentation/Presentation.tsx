/** Presentation mode: the journey as full-window slides for a projector, one stage at a time. */
import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { selectJourney, useAppStore, useAppStoreApi } from '../../state/store.ts';
import { buildSlides, ClosingSlide, slideTitle, StageSlide, TitleSlide } from './slides.tsx';
import './Presentation.css';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export function Presentation() {
  const presenting = useAppStore((s) => s.presenting);
  return presenting ? <PresentationBody /> : null;
}

function PresentationBody() {
  const store = useAppStoreApi();
  const project = useAppStore((s) => s.project);
  const journey = useAppStore(selectJourney);
  const curvePersonaId = useAppStore((s) => s.curvePersonaId);
  const persona = project.personas.find((p) => p.id === curvePersonaId) ?? project.personas[0] ?? null;
  const slides = useMemo(() => buildSlides(journey), [journey]);
  const [requested, setIndex] = useState(0);
  const index = Math.min(requested, slides.length - 1);
  const root = useRef<HTMLDivElement>(null);

  const leave = useCallback(() => store.getState().setUi({ presenting: false }), [store]);
  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(slides.length - 1, to))), [slides.length]);

  useFullscreen(leave);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root.current?.focus();
    return () => previous?.focus();
  }, []);

  useEffect(() => {
    // Capture phase on window: while presenting, no key reaches the editor's
    // shortcuts (Delete must not delete, S must not add a stage).
    const onKeyDown = (event: KeyboardEvent) => {
      event.stopPropagation();
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      let handled = true;
      if (NEXT_KEYS.has(event.key)) go(index + 1);
      else if (PREVIOUS_KEYS.has(event.key)) go(index - 1);
      else if (event.key === 'Home') go(0);
      else if (event.key === 'End') go(slides.length - 1);
      else if (event.key === 'Escape') leave();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [go, index, leave, slides.length]);

  const slide = slides[index]!;
  const label = `Slide ${index + 1} of ${slides.length}`;
  return (
    <div ref={root} className="presentation" role="dialog" aria-modal="true" aria-label="Presentation" tabIndex={-1}>
      <section className="presentation-stage" aria-roledescription="slide" aria-label={`${label}: ${slideTitle(slide, project)}`} key={index}>
        {slide.kind === 'title' && <TitleSlide project={project} journey={journey} />}
        {slide.kind === 'stage' && <StageSlide journey={journey} stage={slide.stage} index={slide.index} persona={persona} />}
        {slide.kind === 'closing' && <ClosingSlide journey={journey} />}
      </section>
      <nav className="presentation-controls" aria-label="Slides">
        <button type="button" className="presentation-button" onClick={() => go(index - 1)} disabled={index === 0}>
          <ChevronLeft size={20} aria-hidden="true" />Previous
        </button>
        <span className="presentation-counter" aria-live="polite">{label}</span>
        <div className="presentation-progress" aria-hidden="true">
          <span style={{ width: `${((index + 1) / slides.length) * 100}%` }} />
        </div>
        <button type="button" className="presentation-button" onClick={() => go(index + 1)} disabled={index === slides.length - 1}>
          Next<ChevronRight size={20} aria-hidden="true" />
        </button>
        <button type="button" className="presentation-button presentation-exit" onClick={leave}>
          <X size={20} aria-hidden="true" />Exit presentation
        </button>
      </nav>
    </div>
  );
}

/**
 * Ask for full screen on enter (ignored when the browser refuses) and leave
 * it on exit. When the user leaves full screen themselves (Esc in most
 * browsers never reaches the page), the presentation ends too.
 */
function useFullscreen(onUserExit: () => void) {
  useEffect(() => {
    const doc = document;
    const el = doc.documentElement;
    let entered = false;
    const onChange = () => {
      if (doc.fullscreenElement) entered = true;
      else if (entered) onUserExit();
    };
    doc.addEventListener('fullscreenchange', onChange);
    try {
      if (!doc.fullscreenElement && typeof el.requestFullscreen === 'function') {
        void el.requestFullscreen().catch(() => {});
      }
    } catch {
      // Not allowed here (no user gesture, iframe, test DOM): present in the window.
    }
    return () => {
      doc.removeEventListener('fullscreenchange', onChange);
      try {
        if (doc.fullscreenElement && typeof doc.exitFullscreen === 'function') void doc.exitFullscreen().catch(() => {});
      } catch {
        // Already gone.
      }
    };
  }, [onUserExit]);
}
