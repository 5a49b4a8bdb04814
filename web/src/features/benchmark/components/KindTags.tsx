import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { kindLabel } from '../../registry/catalogueLabels';
import { useCatalogueIndex } from '../../registry/useCatalogueIndex';

/** Kinds of service by catalogue code ("§49 Domovy pro seniory"). */
export function KindTags({ kinds }: { kinds: readonly string[] }) {
  const { t } = useTranslation();
  const { index, lang } = useCatalogueIndex();
  if (!kinds.length) return <span className="kv-muted">{t('benchmark.allKinds')}</span>;
  return (
    <Space size={[0, 4]} wrap>
      {kinds.map((k) => (
        <Tag key={k} data-kind-code={k} className="kv-wrap-tag">
          {kindLabel(index.kinds.get(k), lang, k)}
        </Tag>
      ))}
    </Space>
  );
}
