// @ts-check
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { DEFAULT_FONT, isBundledFont } from './src/lib/theme/bundledFonts.ts';
import { pagesByFolder } from './src/site/pagesByFolder.ts';

// The author's summaries (content/<evaluation>/summary.mdx) are read from the project folder that
// `evalsite build --root` names (scripts/io/runAstro.ts), which may be anywhere; by default, from
// the example project here.
const content = process.env['EVALSITE_CONTENT'] ?? fileURLToPath(new URL('./content', import.meta.url));

// The site's typeface, chosen in site.yaml and checked there (scripts/io/runAstro.ts passes it on):
// the layout imports @evalsite-font, so the pages load that family's files and no other's.
const font = process.env['EVALSITE_FONT'] ?? DEFAULT_FONT;
if (!isBundledFont(font)) throw new Error('EVALSITE_FONT is not one of the typefaces evalsite bundles');

// The site-wide figures.json: a build writes it itself, one evaluation at a time
// (scripts/io/writeSiteFigures.ts), as Astro would hold the whole file several times over; the live
// preview (`evalsite dev`) serves it from this endpoint.
/** @type {import('astro').AstroIntegration} */
const previewSiteFigures = {
  name: 'evalsite-preview-site-figures',
  hooks: {
    'astro:config:setup': ({ command, injectRoute }) => {
      if (command === 'dev') injectRoute({ pattern: '/figures.json', entrypoint: fileURLToPath(new URL('./src/site/siteFiguresEndpoint.ts', import.meta.url)) });
    },
  },
};

// A build writes every page of one evaluation before the next one's (src/site/pagesByFolder.ts):
// each evaluation's large parts are then read back from disk about once. Astro's prerenderer API.
/** @type {import('astro').AstroIntegration} */
const pagesOneEvaluationAtATime = {
  name: 'evalsite-pages-one-evaluation-at-a-time',
  hooks: {
    'astro:build:start': ({ setPrerenderer }) => {
      setPrerenderer((prerenderer) => {
        const listed = prerenderer.getStaticPaths.bind(prerenderer);
        prerenderer.getStaticPaths = async () => pagesByFolder(await listed());
        return prerenderer;
      });
    },
  },
};

// Static output only: the site is plain HTML and CSS that reads without JavaScript.
export default defineConfig({
  output: 'static',
  integrations: [mdx(), previewSiteFigures, pagesOneEvaluationAtATime],
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    server: { fs: { strict: true } },
    resolve: { alias: { '@evalsite-content': content, '@evalsite-font': `@fontsource/${font}` } },
  },
});
