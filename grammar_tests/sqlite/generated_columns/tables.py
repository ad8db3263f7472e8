from sqlalchemy import Column, Computed, Integer, MetaData, REAL, Table, Text

metadata = MetaData()


t_people = Table(
    'people', metadata,
    Column('id', Integer, primary_key=True),
    Column('first_name', Text, nullable=False),
    Column('last_name', Text, nullable=False),
    Column('full_name', Text, Computed("first_name || ' ' || last_name", persisted=False)),
    Column('height_cm', REAL),
    Column('height_in', REAL, Computed('', persisted=True)),
    Column('name_length', Integer, Computed('', persisted=False))
)
