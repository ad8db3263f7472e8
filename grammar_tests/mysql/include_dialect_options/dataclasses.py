from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import Column, DECIMAL, DateTime, Enum, ForeignKeyConstraint, Index, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, DECIMAL, FLOAT, INTEGER, LONGTEXT, MEDIUMINT, SET, VARCHAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class LogsLevel(str, enum.Enum):
    DEBUG = 'debug'
    INFO = 'info'
    WARN = 'warn'


class ProductsStatus(str, enum.Enum):
    DRAFT = 'draft'
    LIVE = 'live'


class Categories(Base):
    __tablename__ = 'categories'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['categories.id'], name='categories_ibfk_1'),
        Index('parent_id', 'parent_id'),
        {'mysql_collate': 'utf8mb4_general_ci',
     'mysql_default charset': 'utf8mb4',
     'mysql_engine': 'InnoDB'}
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    parent_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    parent: Mapped[Optional['Categories']] = relationship('Categories', remote_side=[id], back_populates='parent_reverse')
    parent_reverse: Mapped[list['Categories']] = relationship('Categories', remote_side=[parent_id], back_populates='parent')
    product: Mapped[list['Products']] = relationship('Products', secondary='product_categories', back_populates='category')


class Kv(Base):
    __tablename__ = 'kv'
    __table_args__ = {'mysql_collate': 'utf8mb4_general_ci',
     'mysql_default charset': 'utf8mb4',
     'mysql_engine': 'InnoDB'}

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[Optional[str]] = mapped_column(Text)
    from_: Mapped[Optional[int]] = mapped_column('from', INTEGER(11))
    import_: Mapped[Optional[int]] = mapped_column('import', INTEGER(11))
    metadata_: Mapped[Optional[str]] = mapped_column('metadata', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))


t_live_products = Table(
    'live_products', Base.metadata,
    Column('id', MEDIUMINT(8, unsigned=True), server_default=text("'0'")),
    Column('name', String(100)),
    Column('double_price', DECIMAL(9, 2), server_default=text("'0.00'")),
    Column('n', BIGINT(21), server_default=text("'0'"))
)


t_logs = Table(
    'logs', Base.metadata,
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


class Products(Base):
    __tablename__ = 'products'
    __table_args__ = (
        Index('idx_name_price', 'name', 'price'),
        Index('uk_sku', 'sku', unique=True),
        {'mysql_collate': 'utf8mb4_unicode_ci',
     'mysql_default charset': 'utf8mb4',
     'mysql_engine': 'InnoDB'}
    )

    id: Mapped[int] = mapped_column(MEDIUMINT(8, unsigned=True), primary_key=True, autoincrement=True)
    sku: Mapped[str] = mapped_column(VARCHAR(32, charset='ascii', collation='ascii_general_ci'), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(8, 2, unsigned=True), nullable=False, server_default=text('0.00'))
    status: Mapped[ProductsStatus] = mapped_column(Enum(ProductsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'draft'"))
    created_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp()'))
    weight: Mapped[Optional[float]] = mapped_column(FLOAT(6, 2))
    tags: Mapped[Optional[str]] = mapped_column(SET('new', 'sale', 'hot'))
    updated_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    category: Mapped[list['Categories']] = relationship('Categories', secondary='product_categories', back_populates='product')


t_product_categories = Table(
    'product_categories', Base.metadata,
    Column('product_id', MEDIUMINT(8, unsigned=True), primary_key=True),
    Column('category_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['category_id'], ['categories.id'], name='product_categories_ibfk_2'),
    ForeignKeyConstraint(['product_id'], ['products.id'], name='product_categories_ibfk_1'),
    Index('category_id', 'category_id'),
    mysql_collate='utf8mb4_general_ci',
    mysql_default charset='utf8mb4',
    mysql_engine='InnoDB'
)
