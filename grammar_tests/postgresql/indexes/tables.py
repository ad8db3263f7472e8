from sqlalchemy import Boolean, Column, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_things = Table(
    'things', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    Column('flag', Boolean),
    Column('score', Integer),
    Column('tag', Text),
    PrimaryKeyConstraint('id', name='things_pkey'),
    Index('things_lower'),
    Index('things_multi', 'name', 'score'),
    Index('things_name_idx', 'name'),
    Index('things_partial', 'score', postgresql_where='flag'),
    Index('things_tag', 'tag', unique=True)
)
