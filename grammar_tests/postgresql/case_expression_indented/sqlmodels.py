from typing import Optional

from sqlalchemy import BigInteger, CheckConstraint, Column, Computed, Integer, PrimaryKeyConstraint, String, Text
from sqlmodel import Field, SQLModel

class Shipment(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('\nCASE\n    WHEN kind IS NULL THEN weight IS NULL\n    ELSE weight IS NOT NULL\nEND', name='shipment_kind'),
        CheckConstraint('\nCASE\n    WHEN weight > 0 THEN\n    CASE\n        WHEN total > 0 THEN true\n        ELSE false\n    END\n    ELSE (weight + 1) > 2\nEND', name='shipment_nested'),
        CheckConstraint('\nCASE\n    WHEN weight > 0 THEN total\n    ELSE weight::bigint\nEND > 0', name='shipment_common'),
        CheckConstraint("(\nCASE code\n    WHEN 'a'::text THEN 1\n    ELSE NULL::integer\nEND + weight) > 0", name='shipment_simple'),
        CheckConstraint("weight =\nCASE\n    WHEN kind = 'box'::text THEN 1\n    WHEN kind IS NULL THEN 2\n    ELSE 3\nEND", name='shipment_weight'),
        PrimaryKeyConstraint('id', name='shipment_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    kind: Optional[str] = Field(default=None, sa_column=Column('kind', Text))
    weight: Optional[int] = Field(default=None, sa_column=Column('weight', Integer))
    total: Optional[int] = Field(default=None, sa_column=Column('total', BigInteger))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(8)))
    size_class: Optional[str] = Field(default=None, sa_column=Column('size_class', Text, Computed('\nCASE\n    WHEN (weight > 10) THEN (kind)::character varying\n    ELSE code\nEND', persisted=True)))
    bonus: Optional[int] = Field(default=None, sa_column=Column('bonus', Integer, Computed("(weight +\nCASE kind\n    WHEN 'box'::text THEN 1\n    ELSE 2\nEND)", persisted=True)))
