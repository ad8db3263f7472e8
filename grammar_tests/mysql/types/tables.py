import enum

from sqlalchemy import CHAR, CheckConstraint, Column, Computed, DECIMAL, Date, Double, Enum, Float, ForeignKeyConstraint, Index, LargeBinary, MetaData, TIMESTAMP, Table, Uuid, text
from sqlalchemy.dialects.mysql import BIGINT, BIT, DATETIME, INTEGER, LONGTEXT, MEDIUMTEXT, SET, SMALLINT, TINYINT, VARCHAR, YEAR

metadata = MetaData()


class ThingsStatus(str, enum.Enum):
    NEW = 'new'
    DONE = 'done'


t_myisam_t = Table(
    'myisam_t', metadata,
    Column('id', INTEGER(11), primary_key=True)
)

t_things = Table(
    'things', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('big', BIGINT(20)),
    Column('small', SMALLINT(6), nullable=False, server_default=text('0')),
    Column('tiny', TINYINT(4)),
    Column('flag', TINYINT(1), server_default=text('1')),
    Column('bit1', BIT(1)),
    Column('code', CHAR(3), nullable=False),
    Column('name', VARCHAR(100, charset='latin1', collation='latin1_bin')),
    Column('name2', VARCHAR(40, charset='utf8mb4', collation='utf8mb4_bin')),
    Column('price', DECIMAL(10, 2), server_default=text('0.00')),
    Column('ratio', Float),
    Column('dbl', Double(asdecimal=True)),
    Column('born', Date),
    Column('at_dt', DATETIME(fsp=6), server_default=text('current_timestamp(6) ON UPDATE current_timestamp(6)')),
    Column('at_ts', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')),
    Column('yr', YEAR(4)),
    Column('doc', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')),
    Column('body', MEDIUMTEXT),
    Column('blob_col', LargeBinary),
    Column('status', Enum(ThingsStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'new'")),
    Column('perms', SET('r', 'w', 'x')),
    Column('uid', Uuid),
    Column('total', DECIMAL(12, 2), Computed('(`price` * 2)', persisted=True)),
    CheckConstraint('`price` >= 0', name='chk_price'),
    Index('born', 'born'),
    Index('code', 'code', unique=True),
    Index('ft_body', 'body', mysql_prefix='FULLTEXT'),
    Index('uq_name_code', 'name', 'code', unique=True),
    comment='things table'
)

t_children = Table(
    'children', metadata,
    Column('thing_id', INTEGER(10, unsigned=True), primary_key=True),
    Column('seq', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['thing_id'], ['things.id'], name='children_ibfk_1')
)

t_orphan_fk = Table(
    'orphan_fk', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('child_thing', INTEGER(10, unsigned=True)),
    ForeignKeyConstraint(['child_thing'], ['things.id'], onupdate='CASCADE', name='fk_child'),
    Index('fk_child', 'child_thing')
)
