from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_notes = Table(
    'notes', metadata,
    Column('id', Integer, primary_key=True),
    Column('body', Text),
    PrimaryKeyConstraint('id', name='notes_pkey')
)
