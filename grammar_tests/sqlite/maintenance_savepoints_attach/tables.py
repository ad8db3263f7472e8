from sqlalchemy import Column, Index, Integer, MetaData, Table, Text

metadata = MetaData()


t_note = Table(
    'note', metadata,
    Column('id', Integer, primary_key=True),
    Column('body', Text),
    Index('note_body', 'body')
)
