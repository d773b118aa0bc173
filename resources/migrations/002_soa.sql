-- Statement of Applicability (適用宣言書): one row per decided control of a built-in catalog
-- (core/catalogs), and the assets a control is applied to. Controls are identified by the
-- catalog key and the control id; the catalog itself lives in Daicho, not in the file. Keys
-- (reasons, statuses) are the stable English keys of core/domain/Soa.

CREATE TABLE soa_entries (
    catalog                 TEXT NOT NULL,
    control_id              TEXT NOT NULL,
    catalog_version         TEXT NOT NULL,  -- the catalog version the decision was made against
    applicable              INTEGER CHECK (applicable IN (0, 1)), -- NULL: not decided yet
    reasons                 TEXT NOT NULL DEFAULT '', -- space-separated reason keys
    exclusion_justification TEXT NOT NULL DEFAULT '',
    status                  TEXT CHECK (status IN ('implemented', 'partial', 'planned',
                                                   'not-implemented')),
    target_date             TEXT,
    evidence                TEXT NOT NULL DEFAULT '',
    evidence_links          TEXT NOT NULL DEFAULT '', -- one path or URL per line
    owner                   TEXT NOT NULL DEFAULT '',
    last_reviewed           TEXT,
    updated_at              TEXT NOT NULL,
    PRIMARY KEY (catalog, control_id),
    CHECK (applicable = 1 OR (status IS NULL AND reasons = ''))
) WITHOUT ROWID;

-- "this control is applied to this asset". Deleting an asset goes through AssetService, which
-- lets SoaService remove (and record) these rows first, and put them back on restore.
CREATE TABLE control_asset_links (
    catalog    TEXT NOT NULL,
    control_id TEXT NOT NULL,
    asset_id   INTEGER NOT NULL REFERENCES assets (id),
    PRIMARY KEY (catalog, control_id, asset_id)
) WITHOUT ROWID;

CREATE INDEX control_asset_links_asset ON control_asset_links (asset_id);
