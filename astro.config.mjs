// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Static output only: the site is plain HTML and CSS that reads without JavaScript.
export default defineConfig({
  output: 'static',
  integrations: [mdx()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: { server: { fs: { strict: true } } },
});
