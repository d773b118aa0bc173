-- Schema 5: a smaller history for large registers.
-- * An entry's prev_hash was always the hash of the entry before it (by seq), which the chain
--   check reads anyway: it is no longer stored. Each hash still covers the previous one, so
--   every existing hash stays valid, and editing, removing or reordering entries still breaks
--   the chain.
-- * From now on an asset's snapshot is a JSON array of its members in a fixed order instead of
--   an object of named members (core/storage/AssetSnapshot.cpp). Entries already written keep
--   their text, which their hashes cover; Daicho reads both forms.
ALTER TABLE history DROP COLUMN prev_hash;
