from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_things = Table(
    'things', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='things_pkey')
)
