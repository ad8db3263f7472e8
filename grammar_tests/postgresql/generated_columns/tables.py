from sqlalchemy import Column, Computed, Integer, MetaData, Numeric, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_people = Table(
    'people', metadata,
    Column('id', Integer, primary_key=True),
    Column('first_name', Text, nullable=False),
    Column('last_name', Text, nullable=False),
    Column('full_name', Text, Computed("((first_name || ' '::text) || last_name)", persisted=True)),
    Column('height_cm', Numeric(5, 1)),
    Column('height_in', Numeric, Computed('(height_cm / 2.54)', persisted=True)),
    Column('name_length', Integer, Computed('length(first_name)', persisted=True)),
    PrimaryKeyConstraint('id', name='people_pkey')
)
