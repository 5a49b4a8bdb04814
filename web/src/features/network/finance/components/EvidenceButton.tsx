// The evidence of a service one click away from a decision on it (issue 13 item 5): a button beside a network
// entry, a network decision or a subsidy line that opens the evidence panel in a drawer. Shown only to those who
// may read the evidence: the region's staff and the members of the service's provider (not municipalities,
// audit bodies or evaluators).
import { Button, Drawer, Grid } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../../app/SessionContext';
import { mayReadEvidence } from '../finance';
import { EvidencePanel } from './EvidencePanel';

export function EvidenceButton({ serviceId, providerId }: { serviceId: number; providerId?: number }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  if (!mayReadEvidence(user, providerId)) return null;
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="evidence-open">
        {t('networkFinance.evidence.open')}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        width={screens.md ? 720 : '100%'}
        title={t('networkFinance.evidence.title')}
        destroyOnHidden
        data-testid="evidence-drawer"
      >
        {open ? <EvidencePanel serviceId={serviceId} /> : null}
      </Drawer>
    </>
  );
}
