// A borderless button with an icon, with the look and markup of antd's `<Button type="text" icon={…}>` (styles/app.css,
// .kv-text-button). The header and the help bar of every page use it instead of antd's Button, whose styles (every
// colour and variant, some 70 KB of CSS) were made on every first load for these three buttons alone. It passes its
// ref and props on, so Dropdown and Popover can use it as their trigger.
import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { icon: ReactNode };

export const TextButton = forwardRef<HTMLButtonElement, Props>(function TextButton(
  { icon, children, className, type = 'button', ...rest },
  ref,
) {
  const classes = ['kv-text-button', children == null ? 'kv-text-button-icon-only' : '', className ?? ''];
  return (
    <button ref={ref} type={type} className={classes.filter(Boolean).join(' ')} {...rest}>
      <span className="kv-text-button-icon">{icon}</span>
      {/* as antd's Button: a text in a span of its own, an element as it is */}
      {typeof children === 'string' ? <span>{children}</span> : children}
    </button>
  );
});
