from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text, text

metadata = MetaData()


t_notes = Table(
    'notes', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Text, server_default=text("'plain'::text")),
    Column('b', Text, server_default=text("'it''s; here'::text")),
    Column('c', String(20), server_default=text("'x'::character varying")),
    PrimaryKeyConstraint('id', name='notes_pkey')
)
