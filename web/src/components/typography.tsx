// Headings, secondary text and paragraphs with the look of antd's Typography (Title, Text type="secondary",
// Paragraph), in plain markup styled in styles/app.css (.kv-typography). The shell, the sign-in page and the
// dashboard use them instead of antd's Typography, whose copy, edit and ellipsis machinery (with TextArea and
// copy-to-clipboard) would come with the first download.
import type { HTMLAttributes, ReactNode } from 'react';

const cls = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

type TitleProps = HTMLAttributes<HTMLHeadingElement> & { level: 2 | 3 | 4; children: ReactNode };

export function Title({ level, className, ...rest }: TitleProps) {
  const H = `h${level}` as const;
  return <H className={cls('kv-typography', className)} {...rest} />;
}

/** antd's `<Typography.Text type="secondary">`. */
export function SecondaryText({ className, ...rest }: HTMLAttributes<HTMLSpanElement>) {
  return <span className={cls('kv-typography kv-typography-secondary', className)} {...rest} />;
}

/** antd's `<Typography.Paragraph>` (with `secondary`: type="secondary"). */
export function Paragraph({ className, secondary, ...rest }: HTMLAttributes<HTMLDivElement> & { secondary?: boolean }) {
  return <div className={cls('kv-typography', secondary && 'kv-typography-secondary', className)} {...rest} />;
}
