-- A service's scores across its rounds (its comparison page) get an index of their own: the primary key
-- (round, indicator, service) made the read walk every score of the group's rounds (280,000 a national round).
-- (SQLite's migration of the same number also keeps the round tables in primary-key order, WITHOUT ROWID; a
-- PostgreSQL table is a heap read through its primary key's index either way.)
CREATE INDEX bm_scores_service ON bm_scores (service_id, round_id);
