// The icon travels inside every page as a data: URL: a separate request would start while the page
// is still painting and count against the first paint on slow links. /favicon.svg serves the same
// file for anything that asks for it by name.
import svg from '../assets/favicon.svg?raw';

export const faviconSvg = svg.trim();
export const faviconHref = `data:image/svg+xml,${encodeURIComponent(faviconSvg).replace(/%20/g, ' ').replace(/%3D/g, '=').replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%22/g, "'")}`;
