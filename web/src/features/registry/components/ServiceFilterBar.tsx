import { Button, Col, Input, Row, Select } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../catalogueLabels';
import { SERVICE_FORMS, SERVICE_STATUSES, type ServiceFilterPatch, type ServiceFilters } from '../serviceFilters';
import { useDraft } from '../../../lib/useDraft';

export interface ServiceFilterOptions {
  kinds: SelectOption[];
  territories: SelectOption[];
  regions: SelectOption[];
  targetGroups: SelectOption[];
}

interface Props {
  filters: ServiceFilters;
  options: ServiceFilterOptions;
  loading?: boolean;
  onChange: (patch: ServiceFilterPatch, opts?: { replace?: boolean }) => void;
  onReset: () => void;
  showReset: boolean;
}

const filterSearch = (input: string, option?: { label?: unknown }) =>
  String(option?.label ?? '')
    .toLocaleLowerCase('cs')
    .includes(input.toLocaleLowerCase('cs'));

/** Selects whose options carry data-testid="<testId>-option-<value>". */
function FilterSelect({
  testId,
  value,
  options,
  placeholder,
  onChange,
  loading,
  virtual = true,
}: {
  testId: string;
  value: string | undefined;
  options: SelectOption[];
  placeholder: string;
  onChange: (v: string | undefined) => void;
  loading?: boolean;
  virtual?: boolean;
}) {
  return (
    <Select
      data-testid={testId}
      style={{ width: '100%' }}
      allowClear
      showSearch
      filterOption={filterSearch}
      placeholder={placeholder}
      value={value}
      options={options}
      loading={loading}
      virtual={virtual}
      popupMatchSelectWidth={false}
      onChange={(v) => onChange(v ?? undefined)}
      optionRender={(o) => <span data-testid={`${testId}-option-${o.value}`}>{o.label}</span>}
    />
  );
}

export function ServiceFilterBar({ filters, options, loading, onChange, onReset, showReset }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useDraft(filters.q ?? '');

  return (
    <div className="kv-filters no-print" data-testid="service-filters">
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12} xl={8}>
          <Input.Search
            data-testid="filter-q"
            allowClear
            placeholder={t('services.search')}
            aria-label={t('services.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => onChange({ q: v.trim() || undefined })}
          />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <FilterSelect
            testId="filter-kind"
            value={filters.kind}
            options={options.kinds}
            placeholder={t('services.anyKind')}
            loading={loading}
            virtual={false}
            onChange={(kind) => onChange({ kind })}
          />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <FilterSelect
            testId="filter-target-group"
            value={filters.target_group}
            options={options.targetGroups}
            placeholder={t('services.anyTargetGroup')}
            loading={loading}
            virtual={false}
            onChange={(target_group) => onChange({ target_group })}
          />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <FilterSelect
            testId="filter-region"
            value={filters.region}
            options={options.regions}
            placeholder={t('services.region')}
            loading={loading}
            virtual={false}
            onChange={(region) => onChange({ region, territory: undefined })}
          />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <FilterSelect
            testId="filter-territory"
            value={filters.territory}
            options={options.territories}
            placeholder={t('services.anyTerritory')}
            loading={loading}
            onChange={(territory) => onChange({ territory })}
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <FilterSelect
            testId="filter-form"
            value={filters.form}
            placeholder={t('services.anyForm')}
            virtual={false}
            options={SERVICE_FORMS.map((f) => ({ value: f, label: t(`serviceForm.${f}`) }))}
            onChange={(form) => onChange({ form: form as ServiceFilters['form'] })}
          />
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Select
            data-testid="filter-status"
            style={{ width: '100%' }}
            value={filters.status}
            aria-label={t('services.status')}
            options={SERVICE_STATUSES.map((s) => ({ value: s, label: t(`serviceStatus.${s}`) }))}
            optionRender={(o) => <span data-testid={`filter-status-option-${o.value}`}>{o.label}</span>}
            onChange={(status) => onChange({ status })}
          />
        </Col>
        <Col xs={24} md={12} xl={4}>
          {showReset ? (
            <Button icon={<ClearOutlined />} onClick={onReset} data-testid="filter-reset">
              {t('common.reset')}
            </Button>
          ) : null}
        </Col>
      </Row>
    </div>
  );
}
