from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import CHAR, CheckConstraint, Column, Computed, DECIMAL, Date, Enum, ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import BIGINT, DATETIME, INTEGER, LONGTEXT, SET, TIMESTAMP
from sqlmodel import Field, Relationship, SQLModel

class CategoryKind(str, enum.Enum):
    A = 'a'
    B = 'b'
    C_D = "c'd"


class Category(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('`price` < 100000', name='CONSTRAINT_1'),
        CheckConstraint('`qty` > 0', name='qty_positive'),
        Index('idx_name', 'name', mysql_length={'name': 10}),
        Index('uq_slug', 'slug', unique=True),
        {'comment': 'cats'}
    )

    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(100), nullable=False))
    kind: CategoryKind = Field(sa_column=Column('kind', Enum(CategoryKind, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'b'")))
    flags: str = Field(sa_column=Column('flags', SET('x', 'y', 'z'), nullable=False, server_default=text("'x,z'")))
    price: decimal.Decimal = Field(sa_column=Column('price', DECIMAL(10, 2), nullable=False, server_default=text('0.00')))
    qty: int = Field(sa_column=Column('qty', INTEGER(11), nullable=False, server_default=text('1')))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', TIMESTAMP(fsp=6), nullable=False, server_default=text('current_timestamp(6) ON UPDATE current_timestamp(6)')))
    slug: Optional[str] = Field(default=None, sa_column=Column('slug', String(100), Computed("(lcase(replace(`name`,' ','-')))", persisted=True)))
    name_len: Optional[int] = Field(default=None, sa_column=Column('name_len', INTEGER(11), Computed('(char_length(`name`))', persisted=False)))
    secret: Optional[str] = Field(default=None, sa_column=Column('secret', String(20)))
    updated_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('updated_at', DATETIME(fsp=3)))
    d: Optional[datetime.date] = Field(default=None, sa_column=Column('d', Date, server_default=text('curdate()')))
    uid: Optional[str] = Field(default=None, sa_column=Column('uid', CHAR(36), server_default=text('uuid()')))

    item: list['Item'] = Relationship(back_populates='category')


class Item(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['category_id'], ['category.id'], ondelete='SET NULL', onupdate='CASCADE', name='fk_item_cat'),
        Index('fk_item_cat', 'category_id')
    )

    id: int = Field(sa_column=Column('id', BIGINT(20), primary_key=True, autoincrement=True))
    category_id: Optional[int] = Field(default=None, sa_column=Column('category_id', INTEGER(10, unsigned=True)))
    data: Optional[str] = Field(default=None, sa_column=Column('data', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')))

    category: Optional['Category'] = Relationship(back_populates='item')
