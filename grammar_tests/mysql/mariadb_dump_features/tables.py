import enum

from sqlalchemy import CHAR, CheckConstraint, Column, Computed, DECIMAL, Date, Enum, ForeignKeyConstraint, Index, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, DATETIME, INTEGER, LONGTEXT, SET, TIMESTAMP

metadata = MetaData()


class CategoryKind(str, enum.Enum):
    A = 'a'
    B = 'b'
    C_D = "c'd"


t_cat_view = Table(
    'cat_view', metadata,
    Column('id', INTEGER(10, unsigned=True), server_default=text("'0'")),
    Column('name', String(100)),
    Column('items', BIGINT(21), server_default=text("'0'"))
)

t_category = Table(
    'category', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('name', String(100), nullable=False),
    Column('slug', String(100), Computed("(lcase(replace(`name`,' ','-')))", persisted=True)),
    Column('name_len', INTEGER(11), Computed('(char_length(`name`))', persisted=False)),
    Column('kind', Enum(CategoryKind, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'b'")),
    Column('flags', SET('x', 'y', 'z'), nullable=False, server_default=text("'x,z'")),
    Column('price', DECIMAL(10, 2), nullable=False, server_default=text('0.00')),
    Column('qty', INTEGER(11), nullable=False, server_default=text('1')),
    Column('secret', String(20)),
    Column('created_at', TIMESTAMP(fsp=6), nullable=False, server_default=text('current_timestamp(6) ON UPDATE current_timestamp(6)')),
    Column('updated_at', DATETIME(fsp=3)),
    Column('d', Date, server_default=text('curdate()')),
    Column('uid', CHAR(36), server_default=text('uuid()')),
    CheckConstraint('`price` < 100000', name='CONSTRAINT_1'),
    CheckConstraint('`qty` > 0', name='qty_positive'),
    Index('idx_name', 'name', mysql_length={'name': 10}),
    Index('uq_slug', 'slug', unique=True),
    comment='cats'
)

t_v2 = Table(
    'v2', metadata,
    Column('id', INTEGER(10, unsigned=True), server_default=text("'0'")),
    Column('name', String(100)),
    Column('items', BIGINT(21), server_default=text("'0'"))
)

t_item = Table(
    'item', metadata,
    Column('id', BIGINT(20), primary_key=True, autoincrement=True),
    Column('category_id', INTEGER(10, unsigned=True)),
    Column('data', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')),
    ForeignKeyConstraint(['category_id'], ['category.id'], ondelete='SET NULL', onupdate='CASCADE', name='fk_item_cat'),
    Index('fk_item_cat', 'category_id')
)
