from sqlalchemy import Column, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_keep = Table(
    'keep', metadata,
    Column('id', Integer, primary_key=True),
    Column('note', Text),
    PrimaryKeyConstraint('id', name='keep_pkey'),
    Index('keep_note_idx', 'note')
)
