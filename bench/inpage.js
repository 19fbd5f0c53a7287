// Helpers the benchmark runs inside the page (loaded as an init script, plain JS,
// so the TypeScript runner's helpers never leak into page code).
window.__bench = {
  startFrames() {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    function tick(t) { window.__frames.push(t - last); last = t; if (window.__recording) requestAnimationFrame(tick); }
    requestAnimationFrame(tick);
  },
  stopFrames() { window.__recording = false; return window.__frames.slice(1); },
  nextFrames(n) { return new Promise((resolve) => { let left = n; function step() { if (--left <= 0) resolve(); else requestAnimationFrame(step); } requestAnimationFrame(step); }); },
  /** Bounding box around the `count` visible nodes nearest the top-left, and the first one's box. */
  selectionBox(selector, count) {
    const boxes = Array.from(document.querySelectorAll(selector)).map((e) => e.getBoundingClientRect())
      .filter((r) => r.top > 60 && r.left > 0 && r.bottom < innerHeight - 30 && r.right < innerWidth)
      .sort((a, b) => a.left - b.left || a.top - b.top).slice(0, count);
    if (boxes.length === 0) return null;
    return {
      left: Math.min(...boxes.map((b) => b.left)) - 4, top: Math.min(...boxes.map((b) => b.top)) - 4,
      right: Math.max(...boxes.map((b) => b.right)) + 4, bottom: Math.max(...boxes.map((b) => b.bottom)) + 4,
      first: { x: boxes[0].left, y: boxes[0].top, width: boxes[0].width, height: boxes[0].height },
    };
  },
  /** Key press → first DOM change of the canvas (React commits in one go). */
  keyToDomChange(key, modifiers) {
    return new Promise((resolve) => {
      const target = document.querySelector('.react-flow__viewport');
      const start = performance.now();
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now() - start); });
      observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
      window.dispatchEvent(new KeyboardEvent('keydown', Object.assign({ key, bubbles: true }, modifiers)));
      setTimeout(() => { observer.disconnect(); resolve(NaN); }, 5000);
    });
  },
  startLongTasks() {
    window.__longest = 0;
    window.__observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); });
    window.__observer.observe({ type: 'longtask' });
  },
  stopLongTasks() { window.__observer.disconnect(); return window.__longest; },
};
