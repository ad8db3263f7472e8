from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_name = Table(
    'name', metadata,
    Column('id', Integer, primary_key=True),
    Column('Name', Text),
    Column('name_id', Integer),
    ForeignKeyConstraint(['name_id'], ['name.id'], name='name_name_id_fkey'),
    PrimaryKeyConstraint('id', name='name_pkey')
)
