import enum

from sqlalchemy import Column, DECIMAL, DateTime, Enum, ForeignKeyConstraint, Index, MetaData, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, DECIMAL, FLOAT, INTEGER, LONGTEXT, MEDIUMINT, SET, VARCHAR

metadata = MetaData()


class LogsLevel(str, enum.Enum):
    DEBUG = 'debug'
    INFO = 'info'
    WARN = 'warn'


class ProductsStatus(str, enum.Enum):
    DRAFT = 'draft'
    LIVE = 'live'


t_categories = Table(
    'categories', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('parent_id', INTEGER(11)),
    Column('name', String(50), nullable=False),
    ForeignKeyConstraint(['parent_id'], ['categories.id'], name='categories_ibfk_1'),
    Index('parent_id', 'parent_id'),
    mysql_collate='utf8mb4_general_ci',
    mysql_default charset='utf8mb4',
    mysql_engine='InnoDB'
)

t_kv = Table(
    'kv', metadata,
    Column('key', String(50), primary_key=True),
    Column('value', Text),
    Column('from', INTEGER(11)),
    Column('import', INTEGER(11)),
    Column('metadata', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')),
    mysql_collate='utf8mb4_general_ci',
    mysql_default charset='utf8mb4',
    mysql_engine='InnoDB'
)

t_live_products = Table(
    'live_products', metadata,
    Column('id', MEDIUMINT(8, unsigned=True), server_default=text("'0'")),
    Column('name', String(100)),
    Column('double_price', DECIMAL(9, 2), server_default=text("'0.00'")),
    Column('n', BIGINT(21), server_default=text("'0'"))
)

t_logs = Table(
    'logs', metadata,
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

t_products = Table(
    'products', metadata,
    Column('id', MEDIUMINT(8, unsigned=True), primary_key=True, autoincrement=True),
    Column('sku', VARCHAR(32, charset='ascii', collation='ascii_general_ci'), nullable=False),
    Column('name', String(100), nullable=False),
    Column('price', DECIMAL(8, 2, unsigned=True), nullable=False, server_default=text('0.00')),
    Column('weight', FLOAT(6, 2)),
    Column('status', Enum(ProductsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'draft'")),
    Column('tags', SET('new', 'sale', 'hot')),
    Column('created_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp()')),
    Column('updated_at', TIMESTAMP),
    Index('idx_name_price', 'name', 'price'),
    Index('uk_sku', 'sku', unique=True),
    mysql_collate='utf8mb4_unicode_ci',
    mysql_default charset='utf8mb4',
    mysql_engine='InnoDB'
)

t_product_categories = Table(
    'product_categories', metadata,
    Column('product_id', MEDIUMINT(8, unsigned=True), primary_key=True),
    Column('category_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['category_id'], ['categories.id'], name='product_categories_ibfk_2'),
    ForeignKeyConstraint(['product_id'], ['products.id'], name='product_categories_ibfk_1'),
    Index('category_id', 'category_id'),
    mysql_collate='utf8mb4_general_ci',
    mysql_default charset='utf8mb4',
    mysql_engine='InnoDB'
)
