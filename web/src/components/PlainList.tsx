// A small list with a title and a description per item, laid out like Ant Design's List (split, small or default size) with
// List.Item.Meta, in plain <ul>/<li> markup styled in styles/app.css (.kv-list). The dashboard uses it instead of
// antd's List, which would bring Pagination, Select and a virtual list into the first download.
import type { HTMLAttributes, ReactNode } from 'react';

/** `size` as antd's List: small (8px 16px around an item, the dashboard's cards) or default (12px above and below). */
export function PlainList({ children, size = 'small' }: { children: ReactNode; size?: 'small' | 'default' }) {
  return <ul className={size === 'small' ? 'kv-list kv-list-sm' : 'kv-list'}>{children}</ul>;
}

type ItemProps = Omit<HTMLAttributes<HTMLLIElement>, 'title'> & {
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
};

export function PlainListItem({ title, description, children, ...rest }: ItemProps) {
  return (
    <li className="kv-list-item" {...rest}>
      <div className="kv-list-item-meta">
        <div className="kv-list-item-meta-content">
          <h4 className="kv-list-item-meta-title">{title}</h4>
          {description !== undefined ? <div className="kv-list-item-meta-description">{description}</div> : null}
        </div>
      </div>
      {children}
    </li>
  );
}
