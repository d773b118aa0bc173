-- Risk register (リスク台帳): the assessment method's versions, the threat catalog, risks with
-- their assets, controls and planned actions. Keys (method kinds, treatments, statuses) are the
-- stable English keys of core/domain/RiskMethod and Risk.

-- Every saved version of the assessment method; the newest is the one in use. `definition` is
-- the method as JSON (RiskMethodSnapshot). Versions are never changed or removed: each risk
-- names the version that scored it.
CREATE TABLE risk_method_versions (
    version    INTEGER PRIMARY KEY,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT ''
);

-- Threats 脅威: the built-in catalog (builtin = 1, editable) and the officer's own.
CREATE TABLE threats (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name_ja     TEXT NOT NULL DEFAULT '',
    name_en     TEXT NOT NULL DEFAULT '',
    category    TEXT NOT NULL DEFAULT '',
    description_ja TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    updated_at  TEXT NOT NULL,
    CHECK (name_ja <> '' OR name_en <> '')
);

CREATE TABLE risks (
    id                       INTEGER PRIMARY KEY,
    code                     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    title                    TEXT NOT NULL,
    threat_id                INTEGER REFERENCES threats (id),
    vulnerability            TEXT NOT NULL DEFAULT '',
    existing_controls        TEXT NOT NULL DEFAULT '',
    method_version           INTEGER NOT NULL REFERENCES risk_method_versions (version),
    -- inputs (0: not given) and what the method made of them (NULL: not scored)
    threat_level             INTEGER NOT NULL DEFAULT 0,
    vulnerability_level      INTEGER NOT NULL DEFAULT 0,
    likelihood_input         INTEGER NOT NULL DEFAULT 0,
    impact_input             INTEGER NOT NULL DEFAULT 0,
    likelihood               INTEGER,
    impact                   INTEGER,
    value                    INTEGER,
    level                    TEXT,
    treatment                TEXT CHECK (treatment IN ('reduce', 'accept', 'avoid', 'transfer')),
    treatment_plan           TEXT NOT NULL DEFAULT '',
    residual_threat_level    INTEGER NOT NULL DEFAULT 0,
    residual_vuln_level      INTEGER NOT NULL DEFAULT 0,
    residual_likelihood_input INTEGER NOT NULL DEFAULT 0,
    residual_impact_input    INTEGER NOT NULL DEFAULT 0,
    residual_likelihood      INTEGER,
    residual_impact          INTEGER,
    residual_value           INTEGER,
    residual_level           TEXT,
    status                   TEXT NOT NULL DEFAULT 'open'
                             CHECK (status IN ('open', 'in-progress', 'treated', 'accepted',
                                               'closed')),
    owner                    TEXT NOT NULL DEFAULT '',
    acceptance_approver      TEXT NOT NULL DEFAULT '',
    acceptance_date          TEXT,
    acceptance_expiry        TEXT,
    acceptance_reason        TEXT NOT NULL DEFAULT '',
    next_review              TEXT,
    notes                    TEXT NOT NULL DEFAULT '',
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL
);

-- The assets a risk concerns. Deleting an asset goes through AssetService, which lets
-- RiskService remove (and record) these rows first, and put them back on restore.
CREATE TABLE risk_assets (
    risk_id  INTEGER NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    asset_id INTEGER NOT NULL REFERENCES assets (id),
    PRIMARY KEY (risk_id, asset_id)
) WITHOUT ROWID;
CREATE INDEX risk_assets_asset ON risk_assets (asset_id);

-- Controls (catalog, control id) that treat a risk: what the SoA's "risk treatment" reason
-- points at.
CREATE TABLE risk_controls (
    risk_id    INTEGER NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    catalog    TEXT NOT NULL,
    control_id TEXT NOT NULL,
    PRIMARY KEY (risk_id, catalog, control_id)
) WITHOUT ROWID;
CREATE INDEX risk_controls_control ON risk_controls (control_id, catalog);

-- The treatment plan's actions, in the order the officer gave them.
CREATE TABLE risk_actions (
    risk_id     INTEGER NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    description TEXT NOT NULL,
    owner       TEXT NOT NULL DEFAULT '',
    due_date    TEXT,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    completed   TEXT,
    PRIMARY KEY (risk_id, position)
) WITHOUT ROWID;
