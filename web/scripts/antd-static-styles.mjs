// Writes Ant Design's styles for the application's theme as CSS, for the build to ship as a file (vite.config.ts,
// antdStaticStyles). Without it antd generates every component's styles in the browser on first use: on the first
// load that was some 150 ms of the main thread (bench/RESULTS.md, 2026-12-07 fifth run). With it antd finds each
// style already in the file: the file ends in antd's own record of what it holds (`.data-ant-cssinjs-cache-path`,
// read by @ant-design/cssinjs at the first component), keyed by the theme's token hash. So a component the file does
// not hold, or another theme (the reduced-motion one of src/app/theme.ts), is generated at run time as before, and a file
// written by another antd version can never give a stale style.
//
// Input on stdin: the ThemeConfig as JSON. Output: the CSS, on stdout.
//   node scripts/antd-static-styles.mjs < theme.json > antd.css
process.env.NODE_ENV = 'production'; // antd's class-name prefix ("css-" in production) is read when it loads

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const React = require('react');
const { renderToString } = require('react-dom/server');
const antd = require('antd');
const { createCache, extractStyle, StyleProvider } = require('@ant-design/cssinjs');

const h = React.createElement;
const menuItems = [
  { key: 'a', label: 'a' },
  { key: 'b', label: 'b', disabled: true },
];

/**
 * One element per component of the first load: the sign-in page, the shell (the header with its language switch,
 * pop-overs, tooltips and badges), the loading states and the dashboard's cards. These are what a browser with an empty cache
 * renders before anything is clicked (web/e2e/first-load-styles.test.mjs checks that it generates none of them);
 * the other pages' components are generated when a page first uses them, as antd does by default, so that the
 * file the first load waits for stays small.
 */
function samples() {
  const {
    Alert,
    Badge,
    Button,
    Card,
    Dropdown,
    Empty,
    Input,
    Layout,
    Popover,
    Progress,
    Segmented,
    Skeleton,
    Space,
    Spin,
    Tooltip,
    Typography,
  } = antd;
  return [
    // the sign-in page
    h(Card, { title: 'a', size: 'small' }, 'b'),
    h(Input),
    h(Input.Password),
    h(Button, { type: 'primary' }, 'a'),
    h(Alert, { message: 'a', type: 'error', showIcon: true }),
    h(Segmented, { options: ['a', 'b'] }),
    h(Typography.Text, null, 'a'),
    // the shell
    h(Layout, null, h(Layout.Sider, null, 'a'), h(Layout, null, h(Layout.Header), h(Layout.Content))),
    h(Space, null, 'a', 'b'),
    h(Badge, { count: 1 }, h('span', null, 'a')),
    h(Dropdown, { menu: { items: menuItems } }, h('span', null, 'a')),
    h(Popover, { content: 'a' }, h('span', null, 'a')),
    h(Tooltip, { title: 'a' }, h('span', null, 'a')),
    // loading states
    h(Spin),
    h(Skeleton, { active: true }),
    // the dashboard
    h(Progress, { percent: 50 }),
    h(Empty),
  ];
}

/** The CSS of every sample under `theme`, with antd's record of the styles it holds. */
function stylesFor(theme) {
  const cache = createCache();
  for (const sample of samples())
    renderToString(h(StyleProvider, { cache }, h(antd.ConfigProvider, { theme }, sample)));
  return extractStyle(cache, { plain: true, types: ['style', 'token', 'cssVar'] });
}

process.stdout.write(stylesFor(JSON.parse(readFileSync(0, 'utf8'))));
