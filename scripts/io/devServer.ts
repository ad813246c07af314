import { siteFontChoice } from '../../src/lib/index.ts';
import { projectReader } from './projectFiles.ts';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EVALSITE_FOLDER } from './evalsiteFolder.ts';
import { liveData } from './liveData.ts';
import { liveDataPlugin } from './liveDataPlugin.ts';
import { clearEndedBuilds, WORK_FOLDER } from './runAstro.ts';

/** The live preview, running. */
export interface DevServer {
  /** Where the preview is served: http://127.0.0.1:<port>/. */
  readonly url: string;
  /** Stops the server and deletes its work folder. */
  stop(): Promise<void>;
}

export interface DevServerOptions {
  /** The author's project folder (--root). */
  readonly root: string;
  /** The port asked for; the next free one is taken when it is in use, and `url` says which. */
  readonly port: number;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/**
 * `evalsite dev`: the data step, then Astro's development server on the evalsite folder's pages
 * with the project's public/ files and content/ summaries, as `build` lays them out
 * (scripts/io/runAstro.ts), served on this computer only (127.0.0.1). The data step runs again
 * whenever an input of the project changes (scripts/io/liveDataPlugin.ts).
 *
 * It writes nothing into the project or its output folder: the site data, Vite's caches and
 * anything Astro writes go into a work folder of its own in the evalsite folder's .evalsite/,
 * deleted when the server stops (or, if the process was killed, by the next build). The preview
 * is never published, so it is not leak-scanned: only `build` makes a site to publish.
 */
export async function startDevServer({ root, port, stdout, stderr }: DevServerOptions): Promise<DevServer> {
  clearEndedBuilds();
  mkdirSync(WORK_FOLDER, { recursive: true });
  const work = mkdtempSync(join(WORK_FOLDER, `build-${process.pid}-`));
  // However the process ends (Vite ends it on SIGTERM), the work folder goes with it.
  const removeWork = (): void => rmSync(work, { recursive: true, force: true });
  process.on('exit', removeWork);
  try {
    const data = liveData({ root, work, stdout, stderr });
    data.refresh();
    // astro.config.mjs: where the summaries' glob (src/pages/[evaluation]/index.astro) looks.
    process.env['EVALSITE_CONTENT'] = join(root, 'content');
    // astro.config.mjs: the typeface site.yaml chooses, as in a build (a change to it needs the preview restarted).
    process.env['EVALSITE_FONT'] = siteFontChoice(projectReader(root));
    process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
    // evalsite pins its Astro: an author is not the one to upgrade it.
    process.env['ASTRO_DISABLE_UPDATE_CHECK'] = 'true';
    // Astro resolves its own files from the current folder, as in a build.
    process.chdir(EVALSITE_FOLDER);
    const { dev } = await import('astro');
    const server = await dev({
      root: EVALSITE_FOLDER,
      publicDir: join(root, 'public'),
      outDir: join(work, 'site'),
      cacheDir: join(work, 'cache'),
      // The preview is served at the root whatever site.yaml's base_path: links follow it.
      base: '/',
      logLevel: 'warn',
      server: { host: '127.0.0.1', port },
      vite: {
        plugins: [liveDataPlugin(data, root, stdout)],
        server: {
          // The work folders (this one's site data included) are not the site's sources.
          watch: { ignored: ['**/.evalsite/**'] },
          // The browser may fetch files of the evalsite folder only (the fonts in its node_modules/, wherever that folder really is), never the project's through Vite.
          fs: { strict: true, allow: [EVALSITE_FOLDER, realpathSync(join(EVALSITE_FOLDER, 'node_modules'))], deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/.evalsite/**', '**/*.entry'] },
        },
      },
    });
    return {
      url: `http://127.0.0.1:${server.address.port}/`,
      stop: async () => {
        try {
          await server.stop();
        } finally {
          removeWork();
          process.off('exit', removeWork);
        }
      },
    };
  } catch (error) {
    removeWork();
    process.off('exit', removeWork);
    throw error;
  }
}
