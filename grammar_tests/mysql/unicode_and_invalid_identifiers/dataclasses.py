from typing import Optional

from sqlalchemy import CHAR, ForeignKeyConstraint, Index, String, Text, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Café(Base):
    __tablename__ = 'café'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    naïve_name: Mapped[str] = mapped_column('naïve name', String(50), nullable=False)
    größe: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    order_items_2nd_choice: Mapped[list['OrderItems']] = relationship('OrderItems', foreign_keys='[OrderItems._2nd_choice]', back_populates='café')
    order_items_café: Mapped[list['OrderItems']] = relationship('OrderItems', foreign_keys='[OrderItems.café_id]', back_populates='café_')


class Import(Base):
    __tablename__ = 'import'

    class_: Mapped[int] = mapped_column('class', INTEGER(11), primary_key=True)
    lambda_: Mapped[Optional[str]] = mapped_column('lambda', Text)
    self: Mapped[Optional[str]] = mapped_column(Text)


class OrderItems(Base):
    __tablename__ = 'order items'
    __table_args__ = (
        ForeignKeyConstraint(['2nd-choice'], ['café.id'], name='order items_ibfk_2'),
        ForeignKeyConstraint(['café_id'], ['café.id'], name='order items_ibfk_1'),
        Index('2nd-choice', '2nd-choice'),
        Index('café_id', 'café_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    café_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    _2nd_choice: Mapped[Optional[int]] = mapped_column('2nd-choice', INTEGER(11))
    import_: Mapped[Optional[int]] = mapped_column('import', TINYINT(1), server_default=text('0'))
    def_: Mapped[Optional[str]] = mapped_column('def', Text)

    café: Mapped[Optional['Café']] = relationship('Café', foreign_keys=[_2nd_choice], back_populates='order_items_2nd_choice')
    café_: Mapped[Optional['Café']] = relationship('Café', foreign_keys=[café_id], back_populates='order_items_café')
    _2fa_codes: Mapped[list['_2faCodes']] = relationship('_2faCodes', back_populates='order_items')


class _2faCodes(Base):
    __tablename__ = '2fa-codes'
    __table_args__ = (
        ForeignKeyConstraint(['for'], ['order items.id'], name='2fa-codes_ibfk_1'),
        Index('for', 'for')
    )

    code: Mapped[str] = mapped_column(CHAR(6), primary_key=True)
    for_: Mapped[int] = mapped_column('for', INTEGER(11), nullable=False)
    None_: Mapped[Optional[str]] = mapped_column('None', Text)

    order_items: Mapped['OrderItems'] = relationship('OrderItems', back_populates='_2fa_codes')
