-- Notifications (src/notify): what needs a user is computed from the modules' data; these tables keep
-- only the user's choices and what happened to each item. An item is named by its key
-- ("quality.action_overdue:12"), so a new state of the same thing is a new item.

-- Per user: e-mail on/off per kind and how often. No row: the defaults of notify/core/notify.hpp.
CREATE TABLE notify_preferences (
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  email INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (user_id, kind)
);
CREATE TABLE notify_settings (
  user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  frequency TEXT NOT NULL DEFAULT 'daily' CHECK (frequency IN ('immediate', 'daily'))
);

-- Items the user marked read (in the app).
CREATE TABLE notify_read (
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  read_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, item_key)
);

-- Items e-mailed at once: claimed in a transaction before the message is sent (the unique key makes a
-- second process skip them), deleted again when the SMTP server refused the message.
CREATE TABLE notify_sent (
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  claimed_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, item_key)
);

-- The daily digest of a user on a day (YYYY-MM-DD), claimed the same way.
CREATE TABLE notify_digests (
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  items INTEGER NOT NULL DEFAULT 0,
  claimed_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, day)
);
