-- Vulnerability catalog 脆弱性: the built-in entries (builtin = 1, editable) and the officer's
-- own. A risk's vulnerability stays free text; the catalog suggests what to write. The rows are
-- filled by RiskService with the threat catalog (with history entries), never here.
CREATE TABLE vulnerabilities (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name_ja        TEXT NOT NULL DEFAULT '',
    name_en        TEXT NOT NULL DEFAULT '',
    category       TEXT NOT NULL DEFAULT '',
    description_ja TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    -- codes of the threats it typically pairs with, separated by single spaces
    threat_codes   TEXT NOT NULL DEFAULT '',
    builtin        INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    retired        INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    updated_at     TEXT NOT NULL,
    CHECK (name_ja <> '' OR name_en <> '')
);
