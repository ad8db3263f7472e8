from typing import Optional

from sqlalchemy import CheckConstraint, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Gauge(Base):
    __tablename__ = 'gauge'
    __table_args__ = (
        CheckConstraint('"authorization" <> \'\'::text', name='gauge_authorization_check'),
        CheckConstraint('"between" < 10', name='gauge_between_check'),
        CheckConstraint('"check" >= 0', name='gauge_check_check'),
        CheckConstraint('"int" <> \'x\'::text', name='gauge_int_check'),
        CheckConstraint("name <> ''::text", name='gauge_name_check'),
        CheckConstraint('value <> 1', name='gauge_value_check'),
        PrimaryKeyConstraint('id', name='gauge_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    between: Mapped[Optional[int]] = mapped_column(Integer)
    authorization: Mapped[Optional[str]] = mapped_column(Text)
    check: Mapped[Optional[int]] = mapped_column(Integer)
    name: Mapped[Optional[str]] = mapped_column(Text)
    value: Mapped[Optional[int]] = mapped_column(Integer)
    int: Mapped[Optional[str]] = mapped_column(Text)
