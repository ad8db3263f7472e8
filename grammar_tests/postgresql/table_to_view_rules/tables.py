from sqlalchemy import CheckConstraint, Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text, text

metadata = MetaData()


t_audit_log = Table(
    'audit_log', metadata,
    Column('id', Integer),
    Column('note', Text)
)

t_author = Table(
    'author', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='author_pkey')
)

t_author_names = Table(
    'author_names', metadata,
    Column('name', Text)
)

t_author_summary = Table(
    'author_summary', metadata,
    Column('id', Integer, nullable=False),
    Column('name', Text, server_default=text("'anonymous'::text")),
    CheckConstraint('id > 0', name='author_summary_id_check'),
    comment='one row per author'
)
