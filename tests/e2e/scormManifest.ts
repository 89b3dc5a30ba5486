// Checks imsmanifest.xml against what the SCORM 1.2 (IMS CP 1.1.2 + ADL CP 1.2) and SCORM
// 2004 4th edition (IMS CP 1.1.4 + ADL CP 1.3) schemas demand of the elements a package of
// one SCO uses: namespaces, the element order of each sequence, required attributes, ID and
// IDREF integrity, the metadata values, and that every file of the zip is declared (and every
// declared file is in the zip). Runs in the browser's own namespace-aware XML parser.
// (The XSD files themselves are not on the npm registry, so the rules are written out here.)
export function manifestProblems(args: { xml: string; files: string[]; version: '1.2' | '2004' }): string[] {
  const { xml, files, version } = args;
  const ns = version === '1.2'
    ? { cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2', scormType: 'scormtype', schemaversion: '1.2' }
    : { cp: 'http://www.imsglobal.org/xsd/imscp_v1p1', adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3', scormType: 'scormType', schemaversion: '2004 4th Edition' };
  const problems: string[] = [];
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) return [`not well-formed XML: ${doc.getElementsByTagName('parsererror')[0].textContent}`];
  const root = doc.documentElement;
  const kids = (el: Element, name?: string) => [...el.children].filter((c) => c.namespaceURI === ns.cp && (!name || c.localName === name));
  const ncName = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
  const ids = new Map<string, string>();
  const id = (el: Element) => {
    const v = el.getAttribute('identifier');
    if (!v) problems.push(`<${el.localName}> has no identifier`);
    else if (!ncName.test(v)) problems.push(`identifier "${v}" is not an xs:ID`);
    else if (ids.has(v)) problems.push(`identifier "${v}" is used twice`);
    else ids.set(v, el.localName);
    return v ?? '';
  };
  if (root.localName !== 'manifest' || root.namespaceURI !== ns.cp) return [`the root is {${root.namespaceURI}}${root.localName}, not {${ns.cp}}manifest`];
  id(root);
  const loc = root.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation') ?? '';
  for (const n of [ns.cp, ns.adlcp]) if (!loc.split(/\s+/).includes(n)) problems.push(`xsi:schemaLocation does not name ${n}`);
  const order = kids(root).map((c) => c.localName);
  if (order.join(',') !== 'metadata,organizations,resources') problems.push(`<manifest> children are ${order.join(',')}, the schema wants metadata,organizations,resources`);
  const meta = kids(root, 'metadata')[0];
  if (meta) {
    if (kids(meta, 'schema')[0]?.textContent !== 'ADL SCORM') problems.push('<schema> is not "ADL SCORM"');
    if (kids(meta, 'schemaversion')[0]?.textContent !== ns.schemaversion) problems.push(`<schemaversion> is not "${ns.schemaversion}"`);
  }
  const orgs = kids(root, 'organizations')[0];
  const resources = kids(root, 'resources')[0];
  const resourceIds = new Set<string>();
  if (resources) {
    const list = kids(resources, 'resource');
    if (!list.length) problems.push('<resources> has no <resource>');
    for (const r of list) {
      resourceIds.add(id(r));
      if (!r.getAttribute('type')) problems.push('a <resource> has no type');
      const st = r.getAttributeNS(ns.adlcp, ns.scormType);
      if (st !== 'sco' && st !== 'asset') problems.push(`<resource> adlcp:${ns.scormType} is "${st}", not sco or asset`);
      const href = r.getAttribute('href');
      if (href && !files.includes(href)) problems.push(`the launch file ${href} is not in the zip`);
      if (st === 'sco' && !href) problems.push('the SCO has no href');
      const declared = kids(r, 'file').map((f) => f.getAttribute('href') ?? '');
      for (const f of declared) if (!files.includes(f)) problems.push(`<file href="${f}"> is not in the zip`);
      for (const f of files) if (f !== 'imsmanifest.xml' && !declared.includes(f)) problems.push(`${f} is in the zip but not declared`);
    }
  }
  if (orgs) {
    const list = kids(orgs, 'organization');
    if (!list.length) problems.push('<organizations> has no <organization>');
    for (const o of list) {
      id(o);
      if (kids(o)[0]?.localName !== 'title') problems.push('<organization> does not start with <title>');
      const items = [...o.getElementsByTagNameNS(ns.cp, 'item')];
      if (!items.length) problems.push('<organization> has no <item>');
      for (const it of items) {
        id(it);
        if (kids(it)[0]?.localName !== 'title') problems.push(`<item ${it.getAttribute('identifier')}> does not start with <title>`);
        const ref = it.getAttribute('identifierref');
        if (ref && !resourceIds.has(ref)) problems.push(`<item> identifierref "${ref}" names no resource`);
      }
    }
    const def = orgs.getAttribute('default');
    if (def && ids.get(def) !== 'organization') problems.push(`organizations default "${def}" names no organization`);
  }
  return problems;
}
