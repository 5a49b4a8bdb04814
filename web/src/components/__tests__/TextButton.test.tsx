// @vitest-environment happy-dom
// TextButton: a real <button> (type "button", so it never submits a form) with antd's text-button markup, its
// props and ref passed on (Dropdown and Popover use it as their trigger).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRef } from 'react';
import { click, render, type Rendered } from '../../test/render';
import { TextButton } from '../TextButton';

describe('TextButton', () => {
  let view: Rendered | undefined;
  afterEach(() => {
    view?.unmount();
    view = undefined;
  });

  it('is a button of type "button" with its icon, text, class and props, and passes its ref on', () => {
    const ref = createRef<HTMLButtonElement>();
    const onClick = vi.fn();
    view = render(
      <TextButton ref={ref} icon={<i data-icon />} className="extra" aria-expanded={false} onClick={onClick}>
        Help
      </TextButton>,
    );
    const button = view.container.querySelector('button')!;
    expect(button).toBe(ref.current);
    expect(button.getAttribute('type')).toBe('button');
    expect(button.className).toBe('kv-text-button extra');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.querySelector('.kv-text-button-icon [data-icon]')).not.toBeNull();
    expect(button.lastElementChild?.outerHTML).toBe('<span>Help</span>');
    click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it("has the icon-only class (32 px square, as antd's icon-only button) without children", () => {
    view = render(<TextButton icon={<i />} aria-label="Menu" />);
    const button = view.container.querySelector('button')!;
    expect(button.className).toBe('kv-text-button kv-text-button-icon-only');
    expect(button.getAttribute('aria-label')).toBe('Menu');
  });
});
