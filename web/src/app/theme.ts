import type { ThemeConfig } from 'antd';

// The application's Ant Design theme. It is a module of its own because the build reads it too: vite.config.ts
// has antd's styles for this theme written into a CSS file at build time (scripts/antd-static-styles.mjs), for both
// values of `motion`, so that the first page does not generate them in the browser.

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/** `motion`: false for whoever asks the system for less motion (App.tsx). */
export function appTheme(motion: boolean): ThemeConfig {
  return {
    token: {
      colorPrimary: '#1f6f5c',
      colorLink: '#1f6f5c',
      // a link under the mouse gets darker, not lighter (antd's lighter hover shade is below 4.5:1)
      colorLinkHover: '#14503f',
      borderRadius: 6,
      // no zooming dialogs, sliding drawers or fading pop-overs for whoever asks the system for less motion (WCAG
      // 2.3.3); the browser tests ask for it too, so a click never lands on a dialog still moving in
      motion,
      // secondary texts (descriptions, statistic titles, breadcrumbs, labels of descriptions) at
      // 7:1 against white instead of antd's 0.45 black (3.4:1, below WCAG AA's 4.5:1 for small text)
      colorTextDescription: 'rgba(0, 0, 0, 0.65)',
      colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
      // errors and danger buttons in red at 5.9:1 (antd's #ff4d4f is 3.3:1)
      colorError: '#cf1322',
      fontFamily: "'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
    },
    components: {
      // a tab under the mouse darker, not lighter (antd's hover shade of the primary colour is 4.47:1 on grey)
      Tabs: { itemHoverColor: '#14503f' },
    },
  };
}
