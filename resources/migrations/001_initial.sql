-- Daicho register, schema 1: register settings, assets, dependencies, change history.
-- Keys (classes, subtypes, personal-data kinds) are stored as the stable English keys of
-- core/domain/AssetTypes; the CHECK constraints repeat the domain rules so that a file edited
-- behind Daicho's back cannot hold what Daicho would refuse.

CREATE TABLE register_info (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE assets (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL COLLATE NOCASE UNIQUE,
    name              TEXT NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    asset_class       TEXT NOT NULL CHECK (asset_class IN ('customer', 'test', 'internal')),
    subtype           TEXT NOT NULL
                      CHECK (subtype IN ('physical', 'software', 'data', 'service', 'media')),
    owner             TEXT NOT NULL DEFAULT '',
    location          TEXT NOT NULL DEFAULT '',
    retention         TEXT NOT NULL DEFAULT '',
    business_area     TEXT NOT NULL DEFAULT '',
    user_scope        TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    confidentiality   INTEGER NOT NULL CHECK (confidentiality BETWEEN 1 AND 3),
    integrity         INTEGER NOT NULL CHECK (integrity BETWEEN 1 AND 3),
    availability      INTEGER NOT NULL CHECK (availability BETWEEN 1 AND 3),
    personal_data     TEXT NOT NULL DEFAULT 'none'
                      CHECK (personal_data IN ('none', 'personal', 'special-care', 'my-number')),
    customer_data     INTEGER NOT NULL DEFAULT 0 CHECK (customer_data IN (0, 1)),
    priority_override TEXT CHECK (priority_override IN ('P1', 'P2', 'P3')),
    override_reason   TEXT NOT NULL DEFAULT '',
    next_review       TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (subtype <> 'media' OR asset_class = 'internal'),
    CHECK (priority_override IS NULL OR length(trim(override_reason)) > 0)
);

-- "asset_id depends on depends_on_id". Acyclicity is enforced by the service layer, which
-- names the cycle an edge would close.
CREATE TABLE asset_dependencies (
    asset_id      INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    depends_on_id INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    PRIMARY KEY (asset_id, depends_on_id),
    CHECK (asset_id <> depends_on_id)
) WITHOUT ROWID;

CREATE INDEX asset_dependencies_reverse ON asset_dependencies (depends_on_id, asset_id);

-- Append-only, hash-chained change history. Each entry's hash covers its own fields and the
-- previous entry's hash (see core/storage/HistoryLog.cpp), so editing, removing or reordering
-- entries behind Daicho's back breaks the chain.
CREATE TABLE history (
    seq          INTEGER PRIMARY KEY,
    op           INTEGER NOT NULL,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    entity_type  TEXT NOT NULL,
    entity_key   TEXT NOT NULL,
    entity_label TEXT NOT NULL,
    action       TEXT NOT NULL,
    before       TEXT,
    after        TEXT,
    note         TEXT NOT NULL DEFAULT '',
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);

CREATE INDEX history_entity ON history (entity_type, entity_key);
