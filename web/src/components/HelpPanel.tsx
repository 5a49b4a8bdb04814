// The help of a module page: a "Nápověda" button (question mark) at the top of the page that opens a panel with
// what the page is for, its legal background with the paragraph, and what to do next (links to the next step's
// pages). The texts live in the modules' help files (features/<module>/help.ts); which page shows which help is
// the table in app/helpTopics.ts. Open or closed is the user's choice, remembered in localStorage for every page.
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Paragraph, Title } from './typography';
import { TextButton } from './TextButton';

export const HELP_STORAGE_KEY = 'kvalis.help.open';

export interface HelpLink {
  to: string;
  /** i18n key of the link's text. */
  label: string;
}

export interface HelpTopic {
  /** i18n key prefix of the texts: <key>.title, <key>.purpose, <key>.law, <key>.next. */
  key: string;
  /** The next steps' pages. */
  links?: HelpLink[];
}

function storedOpen(): boolean {
  try {
    return globalThis.localStorage?.getItem(HELP_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

function storeOpen(open: boolean): void {
  try {
    globalThis.localStorage?.setItem(HELP_STORAGE_KEY, open ? '1' : '0');
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

export function HelpPanel({ topic }: { topic: HelpTopic }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(storedOpen);
  const panelId = useId();
  const headingId = useId();
  const toggle = (next: boolean) => {
    setOpen(next);
    storeOpen(next);
  };
  const k = topic.key;
  return (
    <div className="kv-help no-print" data-testid="help">
      <div className="kv-help-bar">
        <TextButton
          icon={<QuestionCircleOutlined />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => toggle(!open)}
          data-testid="help-toggle"
        >
          {t('help.button')}
        </TextButton>
      </div>
      <section
        id={panelId}
        hidden={!open}
        aria-labelledby={headingId}
        className="kv-help-panel"
        data-testid="help-panel"
      >
        {open ? (
          <>
            <Title level={2} id={headingId} className="kv-help-title">
              {t('help.heading', { title: t(`${k}.title`) })}
            </Title>
            <Title level={3} className="kv-help-section">
              {t('help.purpose')}
            </Title>
            <Paragraph data-testid="help-purpose">{t(`${k}.purpose`)}</Paragraph>
            <Title level={3} className="kv-help-section">
              {t('help.law')}
            </Title>
            <Paragraph data-testid="help-law">{t(`${k}.law`)}</Paragraph>
            <Title level={3} className="kv-help-section">
              {t('help.next')}
            </Title>
            <Paragraph data-testid="help-next">{t(`${k}.next`)}</Paragraph>
            {topic.links?.length ? (
              <ul className="kv-help-links">
                {topic.links.map((l) => (
                  <li key={l.to}>
                    <Link to={l.to}>{t(l.label)}</Link>
                  </li>
                ))}
              </ul>
            ) : null}
            <Button size="small" onClick={() => toggle(false)} data-testid="help-close">
              {t('help.close')}
            </Button>
          </>
        ) : null}
      </section>
    </div>
  );
}
