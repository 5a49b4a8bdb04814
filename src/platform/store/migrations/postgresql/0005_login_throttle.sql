-- Login throttling: counters of wrong passwords per (account, client address) pair, per account and per
-- address. A login takes its attempt (increments the counters) in one transaction before the password is
-- checked, so concurrent wrong logins cannot get more checks than the policy allows; a right password gives
-- the attempt back. They replace the log of attempts, which was read and written in separate steps.
DROP TABLE login_attempts;
CREATE TABLE login_throttle (
  scope TEXT NOT NULL CHECK (scope IN ('pair', 'account', 'address')),
  login TEXT NOT NULL,  -- '' for scope address
  ip TEXT NOT NULL,     -- '' for scope account
  failures INTEGER NOT NULL DEFAULT 0,
  last_failure_at BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (scope, login, ip)
);
CREATE INDEX login_throttle_last ON login_throttle(last_failure_at);
