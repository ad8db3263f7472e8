from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text

metadata = MetaData()


t_owners = Table(
    'owners', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False)
)

t_pets = Table(
    'pets', metadata,
    Column('id', Integer, primary_key=True),
    Column('owner_id', ForeignKey('owners.id'), nullable=False),
    Column('name', Text)
)
