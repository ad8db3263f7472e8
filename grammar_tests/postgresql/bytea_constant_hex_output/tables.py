from sqlalchemy import CheckConstraint, Column, Integer, LargeBinary, MetaData, PrimaryKeyConstraint, Table, text

metadata = MetaData()


t_packet = Table(
    'packet', metadata,
    Column('id', Integer, primary_key=True),
    Column('body', LargeBinary, nullable=False, server_default=text("'\\x'::bytea")),
    Column('head', LargeBinary, server_default=text("'\\x616200'::bytea")),
    Column('tail', LargeBinary, server_default=text("'\\xdead'::bytea")),
    CheckConstraint("body <> '\\x'::bytea", name='packet_body'),
    PrimaryKeyConstraint('id', name='packet_pkey')
)
