// SCORM packages of the game, made from the deployed game's files (the teacher page fetches
// them; `npm run build:scorm` reads dist/), with no server: imsmanifest.xml, the game, and an
// index.html that says "an LMS launched me" (two meta tags: the SCORM version and the
// teacher's assignment). Only a page with that tag ever looks for an LMS (src/lms/lmsLink.ts).
// Browser-free: tested in Node; the zip is fflate's.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ScormVersion } from './resumeState';

export const LMS_META = 'exhibit-lms';
export const ASSIGN_META = 'exhibit-assign';

/** Files of the build that never go into a package: the offline worker belongs to the web
 *  site (a worker registered on the LMS's address would outlive the course), and the list itself. */
export function inPackage(path: string): boolean {
  return !/^(sw\.js|workbox-[^/]*\.js|registerSW\.js|manifest\.webmanifest|game-files\.json)$/.test(path) && !path.endsWith('.map');
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An xs:ID: letters, digits, '-', '_', '.', starting with a letter. */
export function xmlId(text: string): string {
  const id = text.replace(/[^A-Za-z0-9_.-]/g, '-');
  return /^[A-Za-z_]/.test(id) ? id : `id-${id}`;
}

export interface PackageInfo {
  version: ScormVersion;
  /** The course title the LMS shows. */
  title: string;
  /** Unique per assignment, so an LMS can tell two packages apart. */
  identifier: string;
  files: readonly string[];
}

/** imsmanifest.xml for SCORM 1.2 (IMS CP 1.1.2 + ADL CP 1.2) or SCORM 2004 4th edition. */
export function scormManifest(p: PackageInfo): string {
  const files = [...p.files].sort().map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  const title = xml(p.title);
  const id = xmlId(p.identifier);
  if (p.version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${title}</title>
      <item identifier="item-1" identifierref="game" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="game" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${title}</title>
      <item identifier="item-1" identifierref="game" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="game" type="webcontent" adlcp:scormType="sco" href="index.html">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/** The game's index.html marked as launched by an LMS of this version, with the assignment. */
export function lmsIndexHtml(html: string, version: ScormVersion, assignmentCode: string): string {
  const tags = `<meta name="${LMS_META}" content="scorm-${version}" />\n    <meta name="${ASSIGN_META}" content="${xml(assignmentCode)}" />\n    `;
  if (!/<meta charset[^>]*>\s*/i.test(html)) throw new Error('index.html has no <meta charset>: cannot mark it for the LMS');
  return html.replace(/(<meta charset[^>]*>\s*)/i, `$1${tags}`);
}

/** The zip: the game's files (paths relative to the site), its index.html marked, and the manifest. */
export function scormZip(files: ReadonlyMap<string, Uint8Array>, p: Omit<PackageInfo, 'files'> & { assignmentCode: string }): Uint8Array {
  const index = files.get('index.html');
  if (!index) throw new Error('the game files have no index.html');
  const paths = [...files.keys()].filter(inPackage);
  const tree: Zippable = {};
  for (const path of paths) {
    // Already-compressed files (sound, fonts, images) are stored as they are: faster, same size.
    const level = /\.(mp3|ogg|woff2|png|jpg)$/.test(path) ? 0 : 6;
    tree[path] = [path === 'index.html' ? strToU8(lmsIndexHtml(new TextDecoder().decode(index), p.version, p.assignmentCode)) : files.get(path)!, { level }];
  }
  tree['imsmanifest.xml'] = [strToU8(scormManifest({ ...p, files: paths })), { level: 6 }];
  return zipSync(tree);
}

/** The file name a teacher downloads. */
export function scormFileName(version: ScormVersion, label: string): string {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'assignment';
  return `exhibit-1937-scorm-${version.replace('.', '')}-${slug}.zip`;
}
