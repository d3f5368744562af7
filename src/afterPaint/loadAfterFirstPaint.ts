// Page scripts are fetched only once the page has painted. On a slow phone link a script request
// shares the first round trips with the HTML and delays the article; the scripts only add to a page
// that already reads and works without them (copy buttons, driver tabs, search wake-up, the wizard's
// paste box), so a frame later costs the reader nothing. src/middleware.ts turns Astro's module
// scripts into `data-after-paint` holders on every page whose <body> asks for it.

export function loadScriptsAfterFirstPaint(doc: Document): void {
  const load = () => {
    // A page that needs more than its scripts once it has painted listens for this (the search page
    // starts its index and engine downloads, src/pages/[lang]/search.astro).
    doc.dispatchEvent(new Event('after-first-paint'));
    const loaded = [...doc.querySelectorAll<HTMLScriptElement>('script[data-after-paint]')].map((holder) => {
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = holder.dataset.afterPaint ?? '';
      holder.replaceWith(script);
      // A module script's load event follows its evaluation (and that of everything it imports).
      return new Promise<void>((settled) => {
        script.addEventListener('load', () => settled());
        script.addEventListener('error', () => settled());
      });
    });
    // Marks the page as enhanced, for tests and tools that act on the page as soon as it is ready.
    void Promise.all(loaded).then(() => {
      doc.documentElement.dataset.scriptsLoaded = '';
    });
  };
  // The paint entry arrives once the first frame with content is on screen (a frame callback would run
  // before that frame is presented, too early). Browsers without paint timing load after the next frame.
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver((entries) => {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(load);
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(load));
  }
}
