from sqlalchemy import Column, Computed, LargeBinary, MetaData, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import INTEGER, VARCHAR

metadata = MetaData()


t_copy_of_zi = Table(
    'copy_of_zi', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('d', INTEGER(11)),
    Column('e', VARCHAR(5, charset='latin1', collation='latin1_swedish_ci')),
    Column('f', INTEGER(11), nullable=False),
    Column('g', INTEGER(11), Computed('(`d` + 1)', persisted=False)),
    Column('h', TIMESTAMP, nullable=False),
    Column('z', INTEGER(11), server_default=text('7'), comment='seen'),
    Column('k', String(9)),
    Column('t', Text),
    Column('b', LargeBinary)
)

t_vzi = Table(
    'vzi', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('d', INTEGER(11)),
    Column('f', INTEGER(11), server_default=text("'4'")),
    Column('k', String(9)),
    Column('t', Text)
)

t_zi = Table(
    'zi', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('d', INTEGER(11)),
    Column('e', VARCHAR(5, charset='latin1', collation='latin1_swedish_ci')),
    Column('f', INTEGER(11), nullable=False),
    Column('g', INTEGER(11), Computed('(`d` + 1)', persisted=False)),
    Column('h', TIMESTAMP, nullable=False),
    Column('z', INTEGER(11), server_default=text('7'), comment='seen'),
    Column('k', String(9)),
    Column('t', Text),
    Column('b', LargeBinary)
)
