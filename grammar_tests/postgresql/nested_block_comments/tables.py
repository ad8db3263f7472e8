from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_created = Table(
    'created', metadata,
    Column('id', Integer, primary_key=True),
    Column('label', Text),
    PrimaryKeyConstraint('id', name='created_pkey')
)
