// Rows of (organisation, role) inside an antd Form, under the field "memberships".
import { Button, Form, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../roles';
import { OrganisationSelect } from '../../registry/components/OrganisationSelect';

export function MembershipsEditor({ knownNames }: { knownNames: Map<number, string> }) {
  const { t } = useTranslation();
  return (
    <Form.List name="memberships">
      {(fields, { add, remove }) => (
        <div data-testid="memberships-editor">
          {fields.map((field, i) => (
            <Space
              key={field.key}
              align="start"
              style={{ display: 'flex', marginBottom: 4 }}
              className="kv-membership-row"
            >
              <Form.Item
                name={[field.name, 'organisation_id']}
                rules={[{ required: true, message: t('users.required') }]}
                style={{ width: 340, marginBottom: 8 }}
              >
                <OrganisationSelect knownNames={knownNames} testId={`membership-org-${i}`} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'role']}
                rules={[{ required: true, message: t('users.required') }]}
                style={{ width: 170, marginBottom: 8 }}
              >
                <Select
                  data-testid={`membership-role-${i}`}
                  placeholder={t('users.role')}
                  options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                  optionRender={(o) => <span data-testid={`membership-role-${i}-option-${o.value}`}>{o.label}</span>}
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
                aria-label={t('common.remove')}
                data-testid={`membership-remove-${i}`}
              />
            </Space>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ role: 'worker' })}
            data-testid="membership-add"
          >
            {t('users.addMembership')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
