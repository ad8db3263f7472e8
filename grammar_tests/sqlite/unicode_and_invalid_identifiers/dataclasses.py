from typing import Optional

from sqlalchemy import Boolean, ForeignKey, Integer, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Café(Base):
    __tablename__ = 'café'

    naïve_name: Mapped[str] = mapped_column('naïve name', Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    größe: Mapped[Optional[int]] = mapped_column(Integer)

    order_items_2nd_choice: Mapped[list['OrderItems']] = relationship('OrderItems', foreign_keys='[OrderItems._2nd_choice]', back_populates='café')
    order_items_café: Mapped[list['OrderItems']] = relationship('OrderItems', foreign_keys='[OrderItems.café_id]', back_populates='café_')


class Import(Base):
    __tablename__ = 'import'

    class_: Mapped[Optional[int]] = mapped_column('class', Integer, primary_key=True)
    lambda_: Mapped[Optional[str]] = mapped_column('lambda', Text)
    self: Mapped[Optional[str]] = mapped_column(Text)


class OrderItems(Base):
    __tablename__ = 'order items'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    café_id: Mapped[Optional[int]] = mapped_column(ForeignKey('café.id'))
    _2nd_choice: Mapped[Optional[int]] = mapped_column('2nd-choice', ForeignKey('café.id'))
    import_: Mapped[Optional[bool]] = mapped_column('import', Boolean, server_default=text('0'))
    def_: Mapped[Optional[str]] = mapped_column('def', Text)

    café: Mapped[Optional['Café']] = relationship('Café', foreign_keys=[_2nd_choice], back_populates='order_items_2nd_choice')
    café_: Mapped[Optional['Café']] = relationship('Café', foreign_keys=[café_id], back_populates='order_items_café')
    _2fa_codes: Mapped[list['_2faCodes']] = relationship('_2faCodes', back_populates='order_items')


class _2faCodes(Base):
    __tablename__ = '2fa-codes'

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    for_: Mapped[int] = mapped_column('for', ForeignKey('order items.id'), nullable=False)
    None_: Mapped[Optional[str]] = mapped_column('None', Text)

    order_items: Mapped['OrderItems'] = relationship('OrderItems', back_populates='_2fa_codes')
