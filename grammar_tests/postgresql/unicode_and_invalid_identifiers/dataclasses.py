from typing import Optional

from sqlalchemy import Boolean, CHAR, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Café(Base):
    __tablename__ = 'café'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='café_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    naïve_name: Mapped[str] = mapped_column('naïve name', Text, nullable=False)
    größe: Mapped[Optional[int]] = mapped_column(Integer)

    order_items_2nd_choice: Mapped[list['OrderItems']] = relationship('OrderItems', foreign_keys='[OrderItems._2nd_choice]', back_populates='café')
    order_items_café: Mapped[list['OrderItems']] = relationship('OrderItems', foreign_keys='[OrderItems.café_id]', back_populates='café_')


class Import(Base):
    __tablename__ = 'import'
    __table_args__ = (
        PrimaryKeyConstraint('class', name='import_pkey'),
    )

    class_: Mapped[int] = mapped_column('class', Integer, primary_key=True)
    lambda_: Mapped[Optional[str]] = mapped_column('lambda', Text)
    self: Mapped[Optional[str]] = mapped_column(Text)


class OrderItems(Base):
    __tablename__ = 'order items'
    __table_args__ = (
        ForeignKeyConstraint(['2nd-choice'], ['café.id'], name='order items_2nd-choice_fkey'),
        ForeignKeyConstraint(['café_id'], ['café.id'], name='order items_café_id_fkey'),
        PrimaryKeyConstraint('id', name='order items_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    café_id: Mapped[Optional[int]] = mapped_column(Integer)
    _2nd_choice: Mapped[Optional[int]] = mapped_column('2nd-choice', Integer)
    import_: Mapped[Optional[bool]] = mapped_column('import', Boolean, server_default=text('false'))
    def_: Mapped[Optional[str]] = mapped_column('def', Text)

    café: Mapped[Optional['Café']] = relationship('Café', foreign_keys=[_2nd_choice], back_populates='order_items_2nd_choice')
    café_: Mapped[Optional['Café']] = relationship('Café', foreign_keys=[café_id], back_populates='order_items_café')
    _2fa_codes: Mapped[list['_2faCodes']] = relationship('_2faCodes', back_populates='order_items')


class _2faCodes(Base):
    __tablename__ = '2fa-codes'
    __table_args__ = (
        ForeignKeyConstraint(['for'], ['order items.id'], name='2fa-codes_for_fkey'),
        PrimaryKeyConstraint('code', name='2fa-codes_pkey')
    )

    code: Mapped[str] = mapped_column(CHAR(6), primary_key=True)
    for_: Mapped[int] = mapped_column('for', Integer, nullable=False)
    None_: Mapped[Optional[str]] = mapped_column('None', Text)

    order_items: Mapped['OrderItems'] = relationship('OrderItems', back_populates='_2fa_codes')
