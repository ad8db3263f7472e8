from sqlalchemy import Column, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_person = Table(
    'person', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text),
    Column('email', Text),
    PrimaryKeyConstraint('id', name='person_pkey'),
    Index('person_email_c', 'email'),
    Index('person_lower_c'),
    Index('person_name_c', 'name')
)
