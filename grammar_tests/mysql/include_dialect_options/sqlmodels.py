from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Column, DateTime, Enum, ForeignKeyConstraint, Index, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import DECIMAL, FLOAT, INTEGER, LONGTEXT, MEDIUMINT, SET, VARCHAR
from sqlmodel import Field, Relationship, SQLModel

class LogsLevel(str, enum.Enum):
    DEBUG = 'debug'
    INFO = 'info'
    WARN = 'warn'


class ProductsStatus(str, enum.Enum):
    DRAFT = 'draft'
    LIVE = 'live'


class Categories(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['categories.id'], name='categories_ibfk_1'),
        Index('parent_id', 'parent_id'),
        {'mysql_collate': 'utf8mb4_general_ci',
     'mysql_default charset': 'utf8mb4',
     'mysql_engine': 'InnoDB'}
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    name: str = Field(sa_column=Column('name', String(50), nullable=False))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', INTEGER(11)))

    parent: Optional['Categories'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[Categories.id]'})
    parent_reverse: list['Categories'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[Categories.parent_id]'})
    product: list['Products'] = Relationship(back_populates='category', sa_relationship_kwargs={'secondary': 'product_categories'})


class Kv(SQLModel, table=True):
    __table_args__ = {'mysql_collate': 'utf8mb4_general_ci',
     'mysql_default charset': 'utf8mb4',
     'mysql_engine': 'InnoDB'}

    key: str = Field(sa_column=Column('key', String(50), primary_key=True))
    value: Optional[str] = Field(default=None, sa_column=Column('value', Text))
    from_: Optional[int] = Field(default=None, sa_column=Column('from', INTEGER(11)))
    import_: Optional[int] = Field(default=None, sa_column=Column('import', INTEGER(11)))
    metadata_: Optional[str] = Field(default=None, sa_column=Column('metadata', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')))


t_logs = Table(
    'logs', SQLModel.metadata,
    Column('ts', DateTime, nullable=False),
    Column('level', Enum(LogsLevel, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'info'")),
    Column('msg', String(255), nullable=False, server_default=text("''")),
    Column('host', String(64)),
    Index('ft_msg', 'msg', mysql_prefix='FULLTEXT'),
    Index('idx_host', 'host', mysql_length={'host': 10}),
    mysql_collate='latin1_swedish_ci',
    mysql_default charset='latin1',
    mysql_engine='InnoDB'
)


class Products(SQLModel, table=True):
    __table_args__ = (
        Index('idx_name_price', 'name', 'price'),
        Index('uk_sku', 'sku', unique=True),
        {'mysql_collate': 'utf8mb4_unicode_ci',
     'mysql_default charset': 'utf8mb4',
     'mysql_engine': 'InnoDB'}
    )

    id: int = Field(sa_column=Column('id', MEDIUMINT(8, unsigned=True), primary_key=True, autoincrement=True))
    sku: str = Field(sa_column=Column('sku', VARCHAR(32, charset='ascii', collation='ascii_general_ci'), nullable=False))
    name: str = Field(sa_column=Column('name', String(100), nullable=False))
    price: decimal.Decimal = Field(sa_column=Column('price', DECIMAL(8, 2, unsigned=True), nullable=False, server_default=text('0.00')))
    status: ProductsStatus = Field(sa_column=Column('status', Enum(ProductsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'draft'")))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp()')))
    weight: Optional[float] = Field(default=None, sa_column=Column('weight', FLOAT(6, 2)))
    tags: Optional[str] = Field(default=None, sa_column=Column('tags', SET('new', 'sale', 'hot')))
    updated_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('updated_at', TIMESTAMP))

    category: list['Categories'] = Relationship(back_populates='product', sa_relationship_kwargs={'secondary': 'product_categories'})


t_product_categories = Table(
    'product_categories', SQLModel.metadata,
    Column('product_id', MEDIUMINT(8, unsigned=True), primary_key=True),
    Column('category_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['category_id'], ['categories.id'], name='product_categories_ibfk_2'),
    ForeignKeyConstraint(['product_id'], ['products.id'], name='product_categories_ibfk_1'),
    Index('category_id', 'category_id'),
    mysql_collate='utf8mb4_general_ci',
    mysql_default charset='utf8mb4',
    mysql_engine='InnoDB'
)
