CREATE TABLE audit_fields (
    created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    created_by text CHECK (created_by <> '')
);
CREATE TABLE money_fields (
    amount numeric(12, 2) NOT NULL DEFAULT 0,
    currency char(3) NOT NULL DEFAULT 'EUR'
);

CREATE TABLE payments (
    id bigserial,
    LIKE money_fields INCLUDING DEFAULTS,
    note text,
    like audit_fields including all excluding defaults,
    PRIMARY KEY (id),
    CHECK (amount > 0)
);
CREATE TABLE refunds (
    LIKE payments INCLUDING CONSTRAINTS,
    reason text NOT NULL
);
