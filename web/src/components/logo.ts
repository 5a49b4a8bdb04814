// The logo (public/favicon.svg, also the page's icon) as a data URL: the header and the sign-in page show it
// without a request of their own.
import svg from '../../public/favicon.svg?raw';

export const LOGO_SRC = `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
