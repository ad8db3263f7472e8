from sqlalchemy import BigInteger, CheckConstraint, Column, Computed, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text

metadata = MetaData()


t_shipment = Table(
    'shipment', metadata,
    Column('id', Integer, primary_key=True),
    Column('kind', Text),
    Column('weight', Integer),
    Column('total', BigInteger),
    Column('code', String(8)),
    Column('size_class', Text, Computed('\nCASE\n    WHEN (weight > 10) THEN (kind)::character varying\n    ELSE code\nEND', persisted=True)),
    Column('bonus', Integer, Computed("(weight +\nCASE kind\n    WHEN 'box'::text THEN 1\n    ELSE 2\nEND)", persisted=True)),
    CheckConstraint('\nCASE\n    WHEN kind IS NULL THEN weight IS NULL\n    ELSE weight IS NOT NULL\nEND', name='shipment_kind'),
    CheckConstraint('\nCASE\n    WHEN weight > 0 THEN\n    CASE\n        WHEN total > 0 THEN true\n        ELSE false\n    END\n    ELSE (weight + 1) > 2\nEND', name='shipment_nested'),
    CheckConstraint('\nCASE\n    WHEN weight > 0 THEN total\n    ELSE weight::bigint\nEND > 0', name='shipment_common'),
    CheckConstraint("(\nCASE code\n    WHEN 'a'::text THEN 1\n    ELSE NULL::integer\nEND + weight) > 0", name='shipment_simple'),
    CheckConstraint("weight =\nCASE\n    WHEN kind = 'box'::text THEN 1\n    WHEN kind IS NULL THEN 2\n    ELSE 3\nEND", name='shipment_weight'),
    PrimaryKeyConstraint('id', name='shipment_pkey')
)
