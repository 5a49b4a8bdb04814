-- Sessions a user can list and end (OWASP ASVS 3.3.4): an id to name a session by (never its token or
-- digest) and when it was last used. SQLite adds no primary key to a table: the table is rebuilt.
CREATE TABLE sessions_new (
  id INTEGER PRIMARY KEY,
  token_digest TEXT NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  last_used_at BIGINT NOT NULL DEFAULT 0,
  ip TEXT NOT NULL DEFAULT '',
  user_agent TEXT NOT NULL DEFAULT ''
);
INSERT INTO sessions_new (token_digest, user_id, csrf_token, created_at, expires_at, last_used_at, ip, user_agent)
  SELECT token_digest, user_id, csrf_token, created_at, expires_at, created_at, ip, user_agent FROM sessions
  ORDER BY created_at, token_digest;
DROP TABLE sessions;
ALTER TABLE sessions_new RENAME TO sessions;
CREATE INDEX sessions_user ON sessions(user_id);
