from typing import Optional

from sqlalchemy import BigInteger, CheckConstraint, Computed, Integer, PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Shipment(Base):
    __tablename__ = 'shipment'
    __table_args__ = (
        CheckConstraint('\nCASE\n    WHEN kind IS NULL THEN weight IS NULL\n    ELSE weight IS NOT NULL\nEND', name='shipment_kind'),
        CheckConstraint('\nCASE\n    WHEN weight > 0 THEN\n    CASE\n        WHEN total > 0 THEN true\n        ELSE false\n    END\n    ELSE (weight + 1) > 2\nEND', name='shipment_nested'),
        CheckConstraint('\nCASE\n    WHEN weight > 0 THEN total\n    ELSE weight::bigint\nEND > 0', name='shipment_common'),
        CheckConstraint("(\nCASE code\n    WHEN 'a'::text THEN 1\n    ELSE NULL::integer\nEND + weight) > 0", name='shipment_simple'),
        CheckConstraint("weight =\nCASE\n    WHEN kind = 'box'::text THEN 1\n    WHEN kind IS NULL THEN 2\n    ELSE 3\nEND", name='shipment_weight'),
        PrimaryKeyConstraint('id', name='shipment_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[Optional[str]] = mapped_column(Text)
    weight: Mapped[Optional[int]] = mapped_column(Integer)
    total: Mapped[Optional[int]] = mapped_column(BigInteger)
    code: Mapped[Optional[str]] = mapped_column(String(8))
    size_class: Mapped[Optional[str]] = mapped_column(Text, Computed('\nCASE\n    WHEN (weight > 10) THEN (kind)::character varying\n    ELSE code\nEND', persisted=True))
    bonus: Mapped[Optional[int]] = mapped_column(Integer, Computed("(weight +\nCASE kind\n    WHEN 'box'::text THEN 1\n    ELSE 2\nEND)", persisted=True))
