from sqlalchemy import Boolean, Column, Integer, LargeBinary, MetaData, PrimaryKeyConstraint, Table, text
from sqlalchemy.dialects.postgresql import BIT

metadata = MetaData()


t_flags = Table(
    'flags', metadata,
    Column('id', Integer, primary_key=True),
    Column('active', Boolean, nullable=False, server_default=text('true')),
    Column('deleted', Boolean, server_default=text('false')),
    Column('archived', Boolean),
    Column('mask', BIT(8), server_default=text('\'00000000\'::"bit"')),
    Column('single', BIT(1)),
    Column('varmask', BIT(16, True)),
    Column('anybits', BIT(varying=True)),
    Column('blob', LargeBinary),
    Column('thumb', LargeBinary, server_default=text("'\\x00'::bytea")),
    PrimaryKeyConstraint('id', name='flags_pkey')
)
