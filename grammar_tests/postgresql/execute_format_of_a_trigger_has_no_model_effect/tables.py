from sqlalchemy import Boolean, Column, DateTime, Integer, MetaData, PrimaryKeyConstraint, Table, Text, text

metadata = MetaData()


t_notes = Table(
    'notes', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('body', Text, nullable=False),
    Column('updated_at', DateTime, nullable=False, server_default=text('now()')),
    Column('pinned', Boolean, nullable=False, server_default=text('false')),
    PrimaryKeyConstraint('id', name='notes_pkey')
)
