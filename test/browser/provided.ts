// What the global setup (global-setup.ts) provides to the browser test files.
declare module 'vitest' {
  interface ProvidedContext {
    /** Where the built site is served, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
    /** Every built page as a URL path ('/', '/manchester/', ...), sorted. */
    pages: string[];
  }
}

export {};
