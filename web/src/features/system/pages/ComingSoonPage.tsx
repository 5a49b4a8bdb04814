import { Button, Result } from 'antd';
import { ToolOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export type ComingSoonModule = 'planning' | 'quality' | 'network' | 'people';

export default function ComingSoonPage({ module }: { module: ComingSoonModule }) {
  const { t } = useTranslation();
  const name = t(`nav.${module}`);
  return (
    <div data-testid={`coming-soon-${module}`}>
      <Result
        icon={<ToolOutlined style={{ color: '#1f6f5c' }} />}
        title={<span data-testid="page-title">{`${name}: ${t('comingSoon.title').toLowerCase()}`}</span>}
        subTitle={
          <>
            <p>{t('comingSoon.text', { module: name })}</p>
            <p>{t(`comingSoon.${module}`)}</p>
          </>
        }
        extra={
          <Link to="/">
            <Button type="primary">{t('comingSoon.back')}</Button>
          </Link>
        }
      />
    </div>
  );
}
