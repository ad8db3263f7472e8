from sqlalchemy import Column, Computed, ForeignKey, Integer, MetaData, Numeric, Table, Text, text

metadata = MetaData()


t_person = Table(
    'person', metadata,
    Column('id', Integer, primary_key=True),
    Column('note', Text),
    Column('name', Text, nullable=False),
    Column('kind', Text, nullable=False, server_default=text("'person'")),
    Column('created', Text, server_default=text('CURRENT_TIMESTAMP')),
    Column('score', Integer, nullable=False, server_default=text('0')),
    Column('upper_name', Text, Computed('upper(name)', persisted=False))
)

t_badge = Table(
    'badge', metadata,
    Column('id', Integer, primary_key=True),
    Column('holder_id', ForeignKey('person.id'), nullable=False),
    Column('label', Text, nullable=False, server_default=text("'member'"))
)

t_employee = Table(
    'employee', metadata,
    Column('id', ForeignKey('person.id'), primary_key=True),
    Column('salary', Numeric(10, 2))
)
