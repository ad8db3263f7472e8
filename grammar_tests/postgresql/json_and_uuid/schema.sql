CREATE TABLE api_keys (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner uuid NOT NULL,
    settings jsonb NOT NULL DEFAULT '{}'::jsonb,
    scopes jsonb DEFAULT '["read"]',
    payload json,
    raw_meta json DEFAULT '{"v": 1}'::json
);
CREATE INDEX api_keys_settings_idx ON api_keys USING gin (settings);
