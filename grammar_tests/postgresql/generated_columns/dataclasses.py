from typing import Optional
import decimal

from sqlalchemy import Computed, Integer, Numeric, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class People(Base):
    __tablename__ = 'people'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='people_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(Text, nullable=False)
    last_name: Mapped[str] = mapped_column(Text, nullable=False)
    full_name: Mapped[Optional[str]] = mapped_column(Text, Computed("((first_name || ' '::text) || last_name)", persisted=True))
    height_cm: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(5, 1))
    height_in: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric, Computed('(height_cm / 2.54)', persisted=True))
    name_length: Mapped[Optional[int]] = mapped_column(Integer, Computed('length(first_name)', persisted=True))
