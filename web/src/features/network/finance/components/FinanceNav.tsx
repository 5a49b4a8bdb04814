// The financing pages' own navigation under the "Financování" tab: outlook, subsidy lines, model, budget.
import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

const PAGES = [
  { key: 'outlook', path: '/network/finance' },
  { key: 'lines', path: '/network/finance/lines' },
  { key: 'models', path: '/network/finance/models' },
  { key: 'budget', path: '/network/finance/budget' },
] as const;

export function FinanceNav() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const current =
    [...PAGES].reverse().find((p) => location.pathname === p.path || location.pathname.startsWith(`${p.path}/`))?.key ??
    'outlook';
  return (
    <Segmented
      data-testid="finance-nav"
      style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
      value={current}
      onChange={(v) => navigate(PAGES.find((p) => p.key === v)?.path ?? '/network/finance')}
      options={PAGES.map((p) => ({
        value: p.key,
        label: <span data-testid={`finance-nav-${p.key}`}>{t(`networkFinance.fin.nav.${p.key}`)}</span>,
      }))}
    />
  );
}
