import { describe, expect, test } from 'vitest';
import { checkSvg } from './checkSvg.ts';
import { checkPublicFiles } from './checkPublicFiles.ts';

const svg = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">\n${body}\n</svg>\n`;
const found = (body: string) => checkSvg('public/a.svg', svg(body)).map(({ row, found: what }) => ({ row, what: what.replace(/, which would run.*$/, '') }));

describe('checkSvg(file, text)', () => {
  test('a plain picture passes: shapes, text, gradients, internal references, styles, comments', () => {
    const body = [
      '<!-- drawn by hand -->',
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h10"/></defs>',
      '<style>.a { fill: url(#g); stroke: #000 }</style>',
      '<rect class="a" width="10" height="10" fill="url(#g)" style="opacity: .5"/>',
      '<use href="#p"/><use xlink:href="#p"/>',
      '<text x="1" y="5">A gate &amp; a path</text>',
      '<title>A gate</title>',
    ].join('\n');
    expect(found(body)).toEqual([]);
  });

  test.each([
    ['a script', '<script>alert(1)</script>', 'a <script> element'],
    ['a script with a namespace prefix', '<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>', 'a <svg:script> element'],
    ['a script in capitals', '<SCRIPT>alert(1)</SCRIPT>', 'a <SCRIPT> element'],
    ['an event handler', '<rect onload="alert(1)"/>', 'an event handler (onload)'],
    ['an event handler in capitals', '<rect ONCLICK="alert(1)"/>', 'an event handler (ONCLICK)'],
    ['embedded HTML', '<foreignObject><div>x</div></foreignObject>', 'a <foreignObject> element'],
    ['a link outside the file', '<a href="https://example.org"><rect/></a>', 'a reference outside the file (href not starting with #)'],
    ['an image from elsewhere', '<image xlink:href="photo.jpg"/>', 'a reference outside the file (xlink:href not starting with #)'],
    ['a use of another file', '<use href="other.svg#p"/>', 'a reference outside the file (href not starting with #)'],
    ['a javascript: address', '<a href="javascript:alert(1)"><rect/></a>', 'a javascript: address (in href)'],
    ['a javascript: address hidden by an entity', '<a xlink:href="java&#x09;script:alert(1)"><rect/></a>', 'a javascript: address (in xlink:href)'],
    ['a data: address', '<image href="data:image/svg+xml;base64,PHN2Zz4="/>', 'a data: address (in href)'],
    ['a style importing another sheet', '<style>@import "https://example.org/a.css";</style>', 'a style that loads from elsewhere (@import or url(…) not to #id)'],
    ['a style loading a picture', '<style><![CDATA[ rect { fill: url(https://example.org/a.png) } ]]></style>', 'a style that loads from elsewhere (@import or url(…) not to #id)'],
    ['a style attribute loading a picture', '<rect style="fill: url(\'https://example.org/a.png\')"/>', 'a style that loads from elsewhere (url(…) not to #id, in style)'],
    ['an animation setting an address', '<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>', 'a javascript: address (in to)'],
    ['an animation of an address', '<a href="#x"><animate attributeName="xlink:href" values="#a;#b"/></a>', 'an animation of xlink:href'],
    ['a style sheet instruction', '<?xml-stylesheet href="https://example.org/a.xsl"?>', 'a processing instruction (such as xml-stylesheet)'],
    ['an iframe', '<iframe src="https://example.org"/>', 'a <iframe> element'],
    ['a style loading a picture through a CSS escape', '<style>rect { fill: u\\72l(https://example.org/a.png) }</style>', 'a style that loads from elsewhere (@import or url(…) not to #id)'],
    ['a style attribute with an escaped url(', '<rect style="fill: \\75rl(https://example.org/a.png)"/>', 'a style that loads from elsewhere (url(…) not to #id, in style)'],
    ['an attribute name that is not a name', '<rect <!-- --> onload="alert(1)"/>', 'markup that cannot be read as a tag'],
  ])('%s is refused, with its line', (_name, body, what) => {
    expect(found(`<rect/>\n${body}`)).toContainEqual({ row: 4, what });
  });

  test('a DOCTYPE defining entities is refused', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE svg [ <!ENTITY x "<script>alert(1)</script>"> ]>\n<svg>&x;</svg>';
    expect(checkSvg('public/a.svg', text).map(({ row, code }) => ({ row, code }))).toEqual([{ row: 2, code: 'svg-not-allowed' }]);
  });

  test('the message names the file and the line, never an address', () => {
    const [refused] = checkSvg('public/images/a.svg', svg('<a href="https://evil.example/steal"><rect/></a>'));
    expect(refused).toMatchObject({ file: 'public/images/a.svg', row: 3, code: 'svg-not-allowed' });
    expect(JSON.stringify(refused)).not.toContain('evil');
  });
});

describe('checkPublicFiles(files, readText)', () => {
  test('pages and programs are refused; SVGs are checked; other files pass', () => {
    const files: Record<string, string> = {
      'public/favicon.svg': svg('<rect/>'),
      'public/images/bad.svg': svg('<script>alert(1)</script>'),
      'public/page.html': '<script>alert(1)</script>',
      'public/js/app.JS': 'alert(1)',
      'public/images/gate.png': '',
      'public/fonts/a.woff2': '',
      'public/images/photo.HEIC': '',
    };
    expect(checkPublicFiles(Object.keys(files), (path) => files[path]).map(({ file, code }) => ({ file, code }))).toEqual([
      { file: 'public/images/bad.svg', code: 'svg-not-allowed' },
      { file: 'public/page.html', code: 'public-file-code' },
      { file: 'public/js/app.JS', code: 'public-file-code' },
      { file: 'public/images/photo.HEIC', code: 'public-image-unsupported' },
    ]);
  });

  // A server that does not know a file's name sends it with no type, and the browser reads it as a
  // page; XML types render as documents that run scripts; an .htaccess changes how files are served.
  test('markup under another name, XML documents of other kinds and server configuration are refused; ordinary text and documents pass', () => {
    const files: Record<string, string> = {
      'public/images/gate.png': svg('<script>alert(1)</script>'),
      'public/report': '\n  <!DOCTYPE html><p>Report</p>',
      'public/notes.txt': '<html><script>alert(1)</script></html>',
      'public/drawing.dat': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'public/feed.rss': '<rss/>',
      'public/doc.xht': '<html/>',
      'public/.htaccess': 'AddType text/html .png\n',
      'public/sub/web.config': '<configuration/>',
      'public/readme.txt': 'Read me: 1 < 2, and <b> is bold.\n',
      'public/data.csv': 'a,b\n1,2\n',
      'public/robots.txt': 'User-agent: *\n',
    };
    expect(checkPublicFiles(Object.keys(files), (path) => files[path]).map(({ file, code }) => ({ file, code }))).toEqual([
      { file: 'public/images/gate.png', code: 'public-file-markup' },
      { file: 'public/report', code: 'public-file-markup' },
      { file: 'public/notes.txt', code: 'public-file-markup' },
      { file: 'public/drawing.dat', code: 'public-file-markup' },
      { file: 'public/feed.rss', code: 'public-file-code' },
      { file: 'public/doc.xht', code: 'public-file-code' },
      { file: 'public/.htaccess', code: 'public-file-server-configuration' },
      { file: 'public/sub/web.config', code: 'public-file-server-configuration' },
    ]);
  });

  // The build writes the search index into pagefind/ at the top of the site, over anything there.
  test('a file in pagefind/ at the top of public/ is refused; a folder of that name deeper down is not', () => {
    const files: Record<string, string> = {
      'public/pagefind/notes.txt': 'Notes\n',
      'public/pagefind/pagefind.js': 'alert(1)',
      'public/images/pagefind/gate.png': '',
      'public/pagefind.txt': 'Notes\n',
    };
    expect(checkPublicFiles(Object.keys(files), (path) => files[path]).map(({ file, code }) => ({ file, code }))).toEqual([
      { file: 'public/pagefind/notes.txt', code: 'public-search-folder' },
      { file: 'public/pagefind/pagefind.js', code: 'public-search-folder' },
    ]);
  });
});
