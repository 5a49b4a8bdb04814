// Rows and columns laid out like antd's Row with gutter [16, 16] and Col with xs/md/lg spans (of 24), in plain
// markup styled in styles/app.css (.kv-grid). The dashboard uses them instead of antd's Grid, whose styles (every
// span at every breakpoint) and breakpoint listeners would otherwise be made on the first load.
import type { ReactNode } from 'react';

export function PlainRow({ children }: { children: ReactNode }) {
  return <div className="kv-grid">{children}</div>;
}

/** The spans the app uses: xs (every width), md (768 px and wider), lg (992 px and wider). */
export function PlainCol({ xs, md, lg, children }: { xs: 12 | 24; md?: 6; lg?: 12 | 24; children: ReactNode }) {
  const classes = ['kv-col', `kv-col-xs-${xs}`, md ? `kv-col-md-${md}` : '', lg ? `kv-col-lg-${lg}` : ''];
  return <div className={classes.filter(Boolean).join(' ')}>{children}</div>;
}
