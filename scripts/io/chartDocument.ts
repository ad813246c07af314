import { parseHTML } from 'linkedom';

/** The server-side DOM charts are drawn into (linkedom: ~3× faster than jsdom for Plot). */
export function chartDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document;
}
