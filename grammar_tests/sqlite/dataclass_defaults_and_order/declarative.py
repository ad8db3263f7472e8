from typing import Optional
import decimal

from sqlalchemy import Computed, ForeignKey, Integer, Numeric, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

class Base(DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = 'person'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(Text, nullable=False, server_default=text("'person'"))
    score: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('0'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    note: Mapped[Optional[str]] = mapped_column(Text)
    created: Mapped[Optional[str]] = mapped_column(Text, server_default=text('CURRENT_TIMESTAMP'))
    upper_name: Mapped[Optional[str]] = mapped_column(Text, Computed('upper(name)', persisted=False))

    badge: Mapped[list['Badge']] = relationship('Badge', back_populates='holder')


class Badge(Base):
    __tablename__ = 'badge'

    holder_id: Mapped[int] = mapped_column(ForeignKey('person.id'), nullable=False)
    label: Mapped[str] = mapped_column(Text, nullable=False, server_default=text("'member'"))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    holder: Mapped['Person'] = relationship('Person', back_populates='badge')


class Employee(Person):
    __tablename__ = 'employee'

    id: Mapped[Optional[int]] = mapped_column(ForeignKey('person.id'), primary_key=True)
    salary: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))
