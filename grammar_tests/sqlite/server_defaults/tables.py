from sqlalchemy import Boolean, Column, Integer, MetaData, REAL, Table, Text, text

metadata = MetaData()


t_defaults = Table(
    'defaults', metadata,
    Column('id', Integer, primary_key=True),
    Column('n', Integer, server_default=text('42')),
    Column('neg', Integer, server_default=text('-1')),
    Column('r', REAL, server_default=text('1.5')),
    Column('s', Text, server_default=text("'it''s'")),
    Column('b', Boolean, server_default=text('TRUE')),
    Column('created', Text, nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Column('stamp', Text, server_default=text("datetime('now')")),
    Column('nul', Text, server_default=text('NULL'))
)
