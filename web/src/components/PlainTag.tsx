// A tag with the look of antd's Tag (default, status and preset colours), in plain markup styled in styles/app.css
// (.kv-tag). The dashboard uses it instead of antd's Tag, whose style hooks for every tag (and the styles of every
// colour) made a good part of the dashboard's first render.
import type { HTMLAttributes } from 'react';

/** The colours the dashboard uses (organisation types: registry/organisationTypes.ts). */
export type PlainTagColor = 'default' | 'error' | 'warning' | 'geekblue' | 'purple' | 'green' | 'orange';

export function PlainTag({ color = 'default', ...rest }: HTMLAttributes<HTMLSpanElement> & { color?: PlainTagColor }) {
  return <span className={color === 'default' ? 'kv-tag' : `kv-tag kv-tag-${color}`} {...rest} />;
}
