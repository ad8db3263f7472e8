from typing import Optional

from sqlalchemy import Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Invoices2(Base):
    __tablename__ = 'invoices2'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='invoices2_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Kept2(Base):
    __tablename__ = 'kept2'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='kept2_pkey1'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='orders_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Orders2(Base):
    __tablename__ = 'orders2'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='orders2_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Tickets(Base):
    __tablename__ = 'tickets'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='tickets_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[Optional[str]] = mapped_column(Text)


class Tickets2(Base):
    __tablename__ = 'tickets2'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='tickets2_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
