from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import CHAR, CheckConstraint, Column, Computed, DECIMAL, Date, Enum, ForeignKeyConstraint, Index, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, DATETIME, INTEGER, LONGTEXT, SET, TIMESTAMP
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class CategoryKind(str, enum.Enum):
    A = 'a'
    B = 'b'
    C_D = "c'd"


t_cat_view = Table(
    'cat_view', Base.metadata,
    Column('id', INTEGER(10, unsigned=True), server_default=text("'0'")),
    Column('name', String(100)),
    Column('items', BIGINT(21), server_default=text("'0'"))
)


class Category(Base):
    __tablename__ = 'category'
    __table_args__ = (
        CheckConstraint('`price` < 100000', name='CONSTRAINT_1'),
        CheckConstraint('`qty` > 0', name='qty_positive'),
        Index('idx_name', 'name', mysql_length={'name': 10}),
        Index('uq_slug', 'slug', unique=True),
        {'comment': 'cats'}
    )

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    kind: Mapped[CategoryKind] = mapped_column(Enum(CategoryKind, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'b'"))
    flags: Mapped[str] = mapped_column(SET('x', 'y', 'z'), nullable=False, server_default=text("'x,z'"))
    price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False, server_default=text('0.00'))
    qty: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('1'))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP(fsp=6), nullable=False, server_default=text('current_timestamp(6) ON UPDATE current_timestamp(6)'))
    slug: Mapped[Optional[str]] = mapped_column(String(100), Computed("(lcase(replace(`name`,' ','-')))", persisted=True))
    name_len: Mapped[Optional[int]] = mapped_column(INTEGER(11), Computed('(char_length(`name`))', persisted=False))
    secret: Mapped[Optional[str]] = mapped_column(String(20))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(DATETIME(fsp=3))
    d: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text('curdate()'))
    uid: Mapped[Optional[str]] = mapped_column(CHAR(36), server_default=text('uuid()'))

    item: Mapped[list['Item']] = relationship('Item', back_populates='category')


t_v2 = Table(
    'v2', Base.metadata,
    Column('id', INTEGER(10, unsigned=True), server_default=text("'0'")),
    Column('name', String(100)),
    Column('items', BIGINT(21), server_default=text("'0'"))
)


class Item(Base):
    __tablename__ = 'item'
    __table_args__ = (
        ForeignKeyConstraint(['category_id'], ['category.id'], ondelete='SET NULL', onupdate='CASCADE', name='fk_item_cat'),
        Index('fk_item_cat', 'category_id')
    )

    id: Mapped[int] = mapped_column(BIGINT(20), primary_key=True, autoincrement=True)
    category_id: Mapped[Optional[int]] = mapped_column(INTEGER(10, unsigned=True))
    data: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))

    category: Mapped[Optional['Category']] = relationship('Category', back_populates='item')
