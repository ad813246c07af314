// Astro's own types (import.meta.env and the like) for every tool, even before `astro sync` has
// written .astro/types.d.ts (a fresh clone lints before it type-checks).
/// <reference types="astro/client" />
